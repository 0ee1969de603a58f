package org.schemamigrate.examples.library;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

/** As at the example's first migration: the ISBN neither sized nor unique yet. */
@Entity
public class Book extends LibraryItem {
    String isbn;

    @Enumerated(EnumType.STRING)
    Genre genre;

    @ManyToOne
    Author author;

    public enum Genre { NOVEL, POETRY, SCIENCE, HISTORY }
}
