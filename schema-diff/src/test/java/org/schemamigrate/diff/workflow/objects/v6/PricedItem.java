package org.schemamigrate.diff.workflow.objects.v6;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.View;

/** Hibernate's own view mapping: its schema export creates the view. */
@Entity
@Immutable
@Table(name = "priced_item")
@View(query = "select id, price from Item where price is not null")
public class PricedItem {
    @Id
    Long id;

    Integer price;
}
