package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.schemamigrate.diff.oracle.library.Audited;

/**
 * Generation 2: a column widened, one added and one removed, one made @NotNull, enum labels added, an index, a
 * join table.
 */
@Entity
@Table(indexes = @Index(name = "ix_customer_birthday", columnList = "birthday"))
public class Customer extends Audited {
    @Id
    @GeneratedValue
    UUID id;

    @Column(nullable = false, length = 200)
    String fullName;

    @Column(unique = true)
    @NotBlank
    @Size(max = 150)
    String email;

    @NotNull
    LocalDate birthday;

    LocalDateTime lastLogin;

    Duration sessionTimeout;

    @Enumerated(EnumType.STRING)
    Status status;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> preferences;

    String phone;

    @Convert(converter = LocaleConverter.class)
    Locale locale;

    @Embedded
    Address address;

    @ElementCollection
    Set<String> tags;

    /** An implicit join table: Spring Boot's naming gives customer_favourites, Hibernate's customer_product. */
    @ManyToMany
    Set<Product> favourites;

    public enum Status { NEW, ACTIVE, BLOCKED }

    public enum Tier { BRONZE, SILVER, GOLD }

}
