package org.schemamigrate.core.source;

/**
 * One migration file: where it came from (for messages), its text, the SHA-256 checksum of its normalised
 * text, and the directives from its leading comment lines.
 */
public record Script(String fileName, String location, String content, String checksum, Directives directives) {

    /** True when the file asked to run outside a transaction ({@code -- migration:no-transaction}). */
    public boolean noTransaction() {
        return directives.noTransaction();
    }
}
