package org.schemamigrate.boot.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant table, mapped in one tenant's schema: Hibernate validates it only if the fleet ran first. */
@Entity
@Table(schema = "tenant_002", name = "invoice")
public class Invoice {
    @Id
    private Long id;

    @Column(nullable = false)
    private String customer;

    private String note;

    protected Invoice() {
    }

    public Invoice(Long id, String customer, String note) {
        this.id = id;
        this.customer = customer;
        this.note = note;
    }

    public String getNote() {
        return note;
    }
}
