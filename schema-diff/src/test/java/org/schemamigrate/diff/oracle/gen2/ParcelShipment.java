package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
    int weightGrams;
}
