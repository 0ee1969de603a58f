package org.schemamigrate.diff.oracle.gen1;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.time.LocalDate;

/** JOINED inheritance with an identity id. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    LocalDate shippedOn;
}
