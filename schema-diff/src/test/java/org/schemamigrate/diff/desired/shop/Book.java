package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Entity;

@Entity
public class Book extends Product {
    String isbn;
}
