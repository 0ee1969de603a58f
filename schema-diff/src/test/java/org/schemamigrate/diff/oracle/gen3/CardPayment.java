package org.schemamigrate.diff.oracle.gen3;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String cardLast4;
}
