package org.schemamigrate.diff.workflow.objects.p7;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** p2's audit log without its foreign key (MySQL and MariaDB allow none on a partitioned table). */
@Entity
@Table(name = "audit_log", indexes = @Index(name = "audit_log_actor_idx", columnList = "actor"))
public class AuditLog {
    @Id
    Long id;

    Instant createdAt;

    @Column(length = 200)
    String action;

    @Column(length = 40)
    String actor;
}
