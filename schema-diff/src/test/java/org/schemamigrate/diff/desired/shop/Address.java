package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 200)
    String street;
    @Column(length = 10)
    String postalCode;
}
