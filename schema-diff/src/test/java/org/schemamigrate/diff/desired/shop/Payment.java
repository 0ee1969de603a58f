package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Joined inheritance with a many-to-one. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {
    @Id
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    Instant paidAt;
}
