package org.schemamigrate.diff.workflow.objects.i4;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** i1 declaring an index on {@code name} under its own name. */
@Entity
@Table(name = "customer", indexes = @Index(name = "customer_name_idx", columnList = "name"))
public class Customer {
    @Id
    Long id;

    @Column(length = 200)
    String email;

    @Column(length = 100)
    String name;

    boolean deleted;
}
