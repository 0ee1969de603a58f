package org.schemamigrate.diff.oracle.gen1.postgres;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * PostgreSQL only (Hibernate has no NAMED_ENUM for the MySQL family): a named enum type, which Hibernate's create
 * script makes together with implicit casts from and to varchar.
 */
@Entity
public class Visit {
    @Id
    @GeneratedValue
    UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    Mood mood;

    public enum Mood { HAPPY, SAD }
}
