package org.schemamigrate.diff.oracle.gen2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/** A new entity in generation 2, with a default and a check of its own (a varchar IN list, like an enum check). */
@Entity
@Check(name = "review_format_known", constraints = "format in ('md', 'html')")
public class Review {
    @Id
    @GeneratedValue
    UUID id;

    @ColumnDefault("3")
    int rating;

    @ColumnDefault("'md'")
    @Column(length = 8)
    String format;

    @Lob
    String body;

    OffsetDateTime postedAt;

    @ManyToOne(optional = false)
    Customer customer;
}
