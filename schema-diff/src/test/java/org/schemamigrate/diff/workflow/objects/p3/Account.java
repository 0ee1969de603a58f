package org.schemamigrate.diff.workflow.objects.p3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The account an audit entry names from p2 on. */
@Entity
public class Account {
    @Id
    Long id;

    @Column(length = 80)
    String name;
}
