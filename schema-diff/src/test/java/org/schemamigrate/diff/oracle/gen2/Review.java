package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A new entity in generation 2. */
@Entity
public class Review {
    @Id
    @GeneratedValue
    UUID id;

    int rating;

    @Lob
    String body;

    OffsetDateTime postedAt;

    @ManyToOne(optional = false)
    Customer customer;
}
