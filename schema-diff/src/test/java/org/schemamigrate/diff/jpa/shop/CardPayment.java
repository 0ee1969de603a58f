package org.schemamigrate.diff.jpa.shop;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String lastDigits;
}
