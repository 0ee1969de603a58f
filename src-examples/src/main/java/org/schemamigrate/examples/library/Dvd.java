package org.schemamigrate.examples.library;

import jakarta.persistence.Entity;

@Entity
public class Dvd extends LibraryItem {
    int runtimeMinutes;
}
