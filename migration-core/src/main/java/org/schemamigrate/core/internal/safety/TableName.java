package org.schemamigrate.core.internal.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A table as a statement names it: an optional schema (MySQL: database) and the table. */
record TableName(Ident schema, Ident table) {
    private static final Pattern PARTS = Pattern.compile("^(" + Ident.TOKEN + ")(?:\\.(" + Ident.TOKEN + "))?$");

    /** Reads {@code member}, {@code "Member"}, {@code shop.member}; null when the text is not such a name. */
    static TableName parse(String token) {
        Matcher m = PARTS.matcher(token.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(2) == null ? new TableName(null, Ident.of(m.group(1)))
                : new TableName(Ident.of(m.group(1)), Ident.of(m.group(2)));
    }

    @Override
    public String toString() {
        return schema == null ? table.name() : schema.name() + "." + table.name();
    }
}
