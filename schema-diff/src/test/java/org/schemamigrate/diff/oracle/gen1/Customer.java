package org.schemamigrate.diff.oracle.gen1;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.NotBlank;
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
 * Generation 1: java.time, STRING and ORDINAL enums, JSON, a LOB, a converter, an embeddable, a collection, Bean
 * Validation (DDL-relevant only where the project's Hibernate has a validator: the Hibernate 6.6 run).
 */
@Entity
public class Customer extends Audited {
    @Id
    @GeneratedValue
    UUID id;

    @Column(nullable = false, length = 120)
    String fullName;

    @Column(unique = true)
    @NotBlank
    @Size(max = 150)
    String email;

    LocalDate birthday;

    LocalDateTime lastLogin;

    Duration sessionTimeout;

    @Enumerated(EnumType.STRING)
    Status status;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> preferences;

    @Lob
    String notes;

    @Convert(converter = LocaleConverter.class)
    Locale locale;

    @Embedded
    Address address;

    @ElementCollection
    Set<String> tags;

    public enum Status { NEW, ACTIVE }

    public enum Tier { BRONZE, SILVER, GOLD }

}
