package org.schemamigrate.diff.workflow.objects.v6;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;

/** A read-only entity over a query: Hibernate creates nothing for it. */
@Entity
@Immutable
@Subselect("select 1 as id, count(*) as items from Item")
public class ItemCount {
    @Id
    Long id;

    Long items;
}
