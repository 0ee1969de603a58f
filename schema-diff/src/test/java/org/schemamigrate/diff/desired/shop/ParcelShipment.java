package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
    String trackingCode;
}
