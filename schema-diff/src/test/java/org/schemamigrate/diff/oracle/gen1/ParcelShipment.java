package org.schemamigrate.diff.oracle.gen1;

import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
    int weightGrams;
}
