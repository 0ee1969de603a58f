package org.schemamigrate.core.source;

import org.schemamigrate.core.Direction;
import org.schemamigrate.core.JavaMigration;

/**
 * One side (up or down) of a migration: where it came from (for messages), its text, the checksum, and the
 * directives from its leading comment lines. For a Java migration {@code java} is the instance and
 * {@code content} a one-line description of the call.
 */
public record Script(String fileName, String location, String content, String checksum, Directives directives,
                     JavaMigration java, Direction direction) {

    /** An SQL file. */
    public Script(String fileName, String location, String content, String checksum, Directives directives) {
        this(fileName, location, content, checksum, directives, null, null);
    }

    /** True when the file asked to run outside a transaction ({@code -- migration:no-transaction}). */
    public boolean noTransaction() {
        return directives.noTransaction();
    }

    /** True when the file was reviewed and may destroy data ({@code -- migration:allow-destructive}). */
    public boolean allowDestructive() {
        return directives.allowDestructive();
    }

    public boolean isJava() {
        return java != null;
    }
}
