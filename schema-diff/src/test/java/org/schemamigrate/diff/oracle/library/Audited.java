package org.schemamigrate.diff.oracle.library;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Stands for a library's base class: outside the scanned packages, mapped through the entities that extend it. */
@MappedSuperclass
public abstract class Audited {
    Instant createdAt;

    OffsetDateTime updatedAt;

    @Version
    long version;
}
