package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    String city;

    String postalCode;
}
