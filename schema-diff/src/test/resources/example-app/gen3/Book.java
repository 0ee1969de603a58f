package org.schemamigrate.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

/** Generation 3: a genre added (the enum's check constraint changes). */
@Entity
public class Book extends LibraryItem {
    @Column(length = 17, unique = true)
    String isbn;

    @Enumerated(EnumType.STRING)
    Genre genre;

    @ManyToOne
    Author author;

    public enum Genre { NOVEL, POETRY, SCIENCE, HISTORY, BIOGRAPHY }
}
