package org.schemamigrate.diff.oracle.gen1;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String cardLast4;
}
