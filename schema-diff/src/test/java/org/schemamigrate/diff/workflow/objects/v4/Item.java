package org.schemamigrate.diff.workflow.objects.v4;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** v1's entity with a code of a type that a hand-written migration's extension (citext) provides. */
@Entity
public class Item {
    @Id
    Long id;

    @jakarta.persistence.Column(length = 80)
    String label;

    Integer price;

    @jakarta.persistence.Column(columnDefinition = "citext")
    String code;
}
