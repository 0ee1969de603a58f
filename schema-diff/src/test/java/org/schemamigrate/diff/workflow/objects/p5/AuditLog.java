package org.schemamigrate.diff.workflow.objects.p5;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit log whose table the migrations partition by hand by {@code created_at}; p2 adds to it. */
@Entity
@Table(name = "audit_log")
public class AuditLog {
    @Id
    Long id;

    Instant createdAt;

    @Column(length = 80)
    String action;
}
