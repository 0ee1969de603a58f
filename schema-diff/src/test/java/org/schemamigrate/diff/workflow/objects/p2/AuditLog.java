package org.schemamigrate.diff.workflow.objects.p2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** p1's audit log with a new column and its index, a wider action and a new foreign key. */
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

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(name = "audit_log_account_fk"))
    Account account;
}
