package org.schemamigrate.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Loan {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @ManyToOne(optional = false)
    LibraryItem item;

    @ManyToOne(optional = false)
    Member member;

    @Column(nullable = false)
    LocalDate borrowedOn;

    @Column(nullable = false)
    LocalDate dueOn;

    LocalDate returnedOn;

    /** Late fees, in cents; existing loans start at 0. */
    @ColumnDefault("0")
    long fineCents;
}
