package org.schemamigrate.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** As at the example's first migration: no phone numbers, no optimistic locking yet. */
@Entity
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, length = 200)
    String fullName;

    @Column(nullable = false, length = 320)
    String email;

    @Embedded
    Address address;
}
