package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.literal;
import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddCheck;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.DropCheck;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;

/** Types and whole column definitions: MODIFY COLUMN replaces a column entirely, so every attribute is restated. */
final class MySqlColumnSql {
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final List<String> TEXTS = List.of("tinytext", "text", "mediumtext", "longtext");
    private static final List<String> BLOBS = List.of("tinyblob", "blob", "mediumblob", "longblob");

    private MySqlColumnSql() {
    }

    static String type(ColumnType type) {
        StringBuilder sql = new StringBuilder(type.name());
        if (!type.values().isEmpty()) {
            sql.append('(').append(String.join(",", type.values().stream().map(MySqlIdentifiers::literal)
                    .toList())).append(')');
        } else if (type.length() != null) {
            sql.append('(').append(type.length()).append(')');
        } else if (type.precision() != null) {
            sql.append('(').append(type.precision()).append(type.scale() != null ? "," + type.scale() : "")
                    .append(')');
        }
        if (type.unsigned()) {
            sql.append(" unsigned");
        }
        return type.zerofill() ? sql.append(" zerofill").toString() : sql.toString();
    }

    /**
     * The full definition. {@code tableCollation} is the collation the table gives its columns anyway: a column's
     * COLLATE is left out when equal to it (inside CREATE TABLE), and always written otherwise (null).
     */
    static String definition(Column column, String tableCollation) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(type(column.type()));
        if (column.collation() != null && !column.collation().equals(tableCollation)) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(')')
                    .append(column.generatedVirtual() ? " VIRTUAL" : " STORED");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        } else if (column.type().name().equals("timestamp")) {
            sql.append(" NULL"); // without explicit_defaults_for_timestamp a timestamp would become NOT NULL
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(column.onUpdate());
        }
        if (column.identity() != null) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /**
     * MariaDB: a check named like a column that this statement restates must be written into that column's
     * definition (a column-level check); added apart, it would clash with the old check of the same name.
     */
    static Map<String, Check> inlineChecks(List<SchemaChange> changes, boolean mariaDb) {
        Map<String, Check> inline = new HashMap<>();
        if (!mariaDb) {
            return inline;
        }
        Set<String> restated = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AlterColumn c) {
                restated.add(c.to().name());
            } else if (change instanceof AddColumn c) {
                restated.add(c.column().name());
            } else if (change instanceof DropCheck c && c.check().column() != null) {
                restated.add(c.check().column().name());
            } else if (change instanceof DropColumn c) {
                restated.remove(c.column().name());
            }
        }
        for (SchemaChange change : changes) {
            if (change instanceof AddCheck c && restated.contains(c.check().name())) {
                inline.put(c.check().name(), c.check());
            }
        }
        return inline;
    }

    /** A column definition with its column-level check (MariaDB), or as it is when {@code check} is null. */
    static String withCheck(String definition, Check check) {
        return check == null ? definition : definition + " CHECK (" + check.expression() + ")";
    }

    /** True when every value of {@code from} fits {@code to} unchanged. */
    static boolean widens(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return true;
        }
        String a = from.name();
        String b = to.name();
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            int gain = INTEGERS.indexOf(b) - INTEGERS.indexOf(a);
            if (from.unsigned() == to.unsigned()) {
                return gain >= 0;
            }
            return from.unsigned() && gain > 0; // signed to unsigned loses negatives
        }
        if ((a.equals("varchar") || a.equals("char")) && (b.equals("varchar") || b.equals("char"))) {
            return to.length() >= from.length() && (b.equals("varchar") || a.equals("char"));
        }
        if ((a.equals("varchar") || a.equals("char") || TEXTS.contains(a)) && TEXTS.contains(b)) {
            return !TEXTS.contains(a) || TEXTS.indexOf(b) >= TEXTS.indexOf(a);
        }
        if ((a.equals("varbinary") || a.equals("binary") || BLOBS.contains(a)) && BLOBS.contains(b)) {
            return !BLOBS.contains(a) || BLOBS.indexOf(b) >= BLOBS.indexOf(a);
        }
        if (a.equals("decimal") && b.equals("decimal")) {
            int scaleA = Objects.requireNonNullElse(from.scale(), 0);
            int scaleB = Objects.requireNonNullElse(to.scale(), 0);
            return scaleB >= scaleA && to.precision() - scaleB >= from.precision() - scaleA
                    && (from.unsigned() || !to.unsigned());
        }
        if ((a.equals("enum") || a.equals("set")) && a.equals(b)) {
            // appending labels keeps stored values; removing or reordering changes them
            return to.values().size() >= from.values().size()
                    && to.values().subList(0, from.values().size()).equals(from.values());
        }
        if (a.equals(b) && (a.equals("datetime") || a.equals("timestamp") || a.equals("time"))) {
            return Objects.requireNonNullElse(to.precision(), 0) >= Objects.requireNonNullElse(from.precision(), 0);
        }
        return a.equals("float") && b.equals("double") || a.equals(b) && from.length() != null
                && to.length() != null && to.length() >= from.length();
    }
}
