package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Entity;

@Entity
public class Book extends Product {
    String isbn;

    int pages;
}
