package org.schemamigrate.diff.workflow.objects.p3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** p1's audit log without its partition-key column: refused. */
@Entity
@Table(name = "audit_log")
public class AuditLog {
    @Id
    Long id;

    @Column(length = 80)
    String action;
}
