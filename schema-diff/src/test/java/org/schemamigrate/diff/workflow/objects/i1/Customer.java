package org.schemamigrate.diff.workflow.objects.i1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer whose migrations add indexes by hand that no {@code @Index} can declare; i2 and i3 change it. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    Long id;

    @Column(length = 200)
    String email;

    @Column(length = 100)
    String name;

    boolean deleted;
}
