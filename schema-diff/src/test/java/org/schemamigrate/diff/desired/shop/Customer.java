package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sequence id, enums both ways, a version, UUID, JSON, an embedded value and collections. */
@Entity
@Comment("people who buy things")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @jakarta.persistence.Column(nullable = false, length = 100)
    String fullName;

    @Enumerated(EnumType.STRING)
    Status status;

    @Enumerated
    Status ordinalStatus;

    @Version
    int version;

    UUID externalId;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> preferences;

    @ColumnDefault("0")
    int loyaltyPoints;

    @Formula("loyalty_points * 2")
    int doubledPoints;

    @Embedded
    Address address;

    @ElementCollection
    Set<String> tags;

    @ManyToMany
    List<Product> favourites;

    public enum Status { ACTIVE, BLOCKED }
}
