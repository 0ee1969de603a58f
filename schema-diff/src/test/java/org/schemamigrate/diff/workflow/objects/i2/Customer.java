package org.schemamigrate.diff.workflow.objects.i2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** i1 with a new column and {@code name} widened: the indexes written by hand over it stay. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    Long id;

    @Column(length = 200)
    String email;

    @Column(length = 150)
    String name;

    boolean deleted;

    @Column(length = 40)
    String phone;
}
