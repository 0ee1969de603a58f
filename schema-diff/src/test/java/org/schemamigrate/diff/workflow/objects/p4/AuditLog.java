package org.schemamigrate.diff.workflow.objects.p4;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** p1's audit log with a unique constraint that leaves the partition key out: refused. */
@Entity
@Table(name = "audit_log", uniqueConstraints = @UniqueConstraint(name = "audit_log_action_key",
        columnNames = "action"))
public class AuditLog {
    @Id
    Long id;

    Instant createdAt;

    @Column(length = 80)
    String action;
}
