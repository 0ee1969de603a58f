package org.schemamigrate.diff.workflow.objects.p6;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** p1's audit log with its partition-key column retyped (timestamp without time zone): refused. */
@Entity
@Table(name = "audit_log")
public class AuditLog {
    @Id
    Long id;

    LocalDateTime createdAt;

    @Column(length = 80)
    String action;
}
