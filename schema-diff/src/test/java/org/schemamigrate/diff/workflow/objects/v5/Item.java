package org.schemamigrate.diff.workflow.objects.v5;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** v1's entity with the price of a domain that a migration written by hand created. */
@Entity
public class Item {
    @Id
    Long id;

    @jakarta.persistence.Column(length = 80)
    String label;

    @jakarta.persistence.Column(columnDefinition = "positive_price")
    Integer price;
}
