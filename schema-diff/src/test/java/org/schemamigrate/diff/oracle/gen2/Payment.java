package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;

/** SINGLE_TABLE inheritance with a sequence id. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    Instant paidAt;

    @Column(length = 3)
    String currency;

    @ManyToOne
    Customer customer;
}
