package org.schemamigrate.diff.oracle.gen3;

import jakarta.persistence.Entity;

@Entity
public class Book extends Product {
    String isbn;

    int pages;
}
