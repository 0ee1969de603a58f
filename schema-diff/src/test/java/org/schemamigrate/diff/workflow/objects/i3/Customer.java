package org.schemamigrate.diff.workflow.objects.i3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** i1 without {@code email}, which indexes written by hand use: refused. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    Long id;

    @Column(length = 100)
    String name;

    boolean deleted;
}
