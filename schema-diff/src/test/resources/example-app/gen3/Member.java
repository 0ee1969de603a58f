package org.schemamigrate.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;

/** Generation 3: the full name renamed to display name (migration.renames member.full_name:display_name). */
@Entity
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, length = 200)
    String displayName;

    @Column(nullable = false, length = 320)
    String email;

    @Embedded
    Address address;

    @ElementCollection
    Set<String> phoneNumbers;

    /** Optimistic locking; existing members start at 0. */
    @Version
    @ColumnDefault("0")
    int version;
}
