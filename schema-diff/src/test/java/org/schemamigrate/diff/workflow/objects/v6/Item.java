package org.schemamigrate.diff.workflow.objects.v6;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A table, and the source of the mapped view and the subselect beside it. */
@Entity
public class Item {
    @Id
    Long id;

    Integer price;
}
