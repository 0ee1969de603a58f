package org.schemamigrate.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

@Entity
public class Reservation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @ManyToOne(optional = false)
    LibraryItem item;

    @ManyToOne(optional = false)
    Member member;

    @Column(nullable = false)
    Instant reservedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status;

    public enum Status { WAITING, READY, CANCELLED }
}
