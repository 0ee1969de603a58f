package org.schemamigrate.diff.workflow.objects.v3;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** v1's entity without the price, which a hand-written view still uses. */
@Entity
public class Item {
    @Id
    Long id;

    @jakarta.persistence.Column(length = 80)
    String label;
}
