package org.schemamigrate.diff.oracle.gen3;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    String city;

    String postalCode;
}
