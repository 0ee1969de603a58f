package org.schemamigrate.diff.workflow.objects.p5;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.ForeignKey;

/** An account that references the partitioned audit log by its id alone: refused. */
@Entity
public class Account {
    @Id
    Long id;

    @Column(length = 80)
    String name;

    @ManyToOne
    @JoinColumn(name = "last_event_id", foreignKey = @ForeignKey(name = "account_last_event_fk"))
    AuditLog lastEvent;
}
