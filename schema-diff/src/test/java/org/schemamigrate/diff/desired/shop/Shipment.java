package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.time.LocalDate;

/** Table-per-class inheritance. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shipment {
    @Id
    Long id;

    LocalDate shippedOn;
}
