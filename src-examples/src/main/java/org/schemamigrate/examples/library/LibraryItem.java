package org.schemamigrate.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.time.LocalDate;

/** Anything the library lends: books and DVDs share one table (single-table inheritance). */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public abstract class LibraryItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, length = 300)
    String title;

    LocalDate acquiredOn;
}
