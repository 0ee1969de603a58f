package org.schemamigrate.diff.oracle.gen1;

import jakarta.persistence.Entity;

@Entity
public class Book extends Product {
    String isbn;
}
