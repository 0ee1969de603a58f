package org.schemamigrate.diff.desired.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Medication {
    @Id
    Long id;

    String name;
}
