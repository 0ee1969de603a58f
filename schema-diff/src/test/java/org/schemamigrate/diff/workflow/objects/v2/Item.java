package org.schemamigrate.diff.workflow.objects.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** v1's entity with the price now a decimal: the column type changes under a hand-written view and trigger. */
@Entity
public class Item {
    @Id
    Long id;

    @jakarta.persistence.Column(length = 80)
    String label;

    @jakarta.persistence.Column(precision = 10, scale = 2)
    BigDecimal price;
}
