package org.schemamigrate.diff.oracle.gen3;

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

/** Generation 3: its own check widened (dropped and added again on the existing table). */
@Entity
@Check(name = "review_format_known", constraints = "format in ('md', 'html', 'txt') or format is null")
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
