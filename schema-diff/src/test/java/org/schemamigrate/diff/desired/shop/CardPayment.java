package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String lastDigits;
}
