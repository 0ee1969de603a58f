package org.schemamigrate.boot.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The tenant table without a schema: Hibernate's schema multi-tenancy picks the tenant's per session. */
@Entity
@Table(name = "invoice")
public class TenantInvoice {
    @Id
    private Long id;

    @Column(nullable = false)
    private String customer;

    protected TenantInvoice() {
    }

    public TenantInvoice(Long id, String customer) {
        this.id = id;
        this.customer = customer;
    }

    public String getCustomer() {
        return customer;
    }
}
