package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String cardLast4;
}
