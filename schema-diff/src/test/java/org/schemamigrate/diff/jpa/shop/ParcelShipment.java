package org.schemamigrate.diff.jpa.shop;

import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
    String trackingCode;
}
