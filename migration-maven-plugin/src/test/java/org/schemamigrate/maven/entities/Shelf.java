package org.schemamigrate.maven.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity for the goals' tests: migration.packages that miss it must name its package. */
@Entity
public class Shelf {
    @Id
    Long id;
}
