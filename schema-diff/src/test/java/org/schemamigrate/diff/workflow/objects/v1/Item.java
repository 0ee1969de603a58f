package org.schemamigrate.diff.workflow.objects.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity whose price a hand-written view and trigger use; v2 widens the price. */
@Entity
public class Item {
    @Id
    Long id;

    @jakarta.persistence.Column(length = 80)
    String label;

    Integer price;
}
