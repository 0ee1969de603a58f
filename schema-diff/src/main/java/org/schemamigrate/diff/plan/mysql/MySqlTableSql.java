package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.literal;
import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;
import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quoteAll;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.ReferentialAction;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** CREATE TABLE with its keys and options, key and constraint clauses, and MariaDB sequences. */
final class MySqlTableSql {

    private MySqlTableSql() {
    }

    /**
     * A new table with its indexes inline: a foreign key added later finds the index it needs already there. Its
     * DEFAULT CHARSET/COLLATE is left out when it is {@code defaultCollation}, the database's default.
     */
    static PlanStep createTable(Table table, List<Index> indexes, String defaultCollation, Features features) {
        String collation = table.options() == null ? null : table.options().collation();
        List<String> lines = new ArrayList<>();
        // MariaDB: a column-level check (Hibernate's enum range) stays in its column, where the server keeps it
        table.columns().forEach(c -> lines.add(MySqlColumnSql.definition(c, collation) + table.checks().stream()
                .filter(k -> k.column() != null && k.column().name().equals(c.name()))
                .map(k -> " CHECK (" + k.expression() + ")").findFirst().orElse("")));
        if (table.primaryKey() != null) {
            lines.add(primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(u -> lines.add("UNIQUE KEY " + quote(u.name()) + " (" + quoteAll(u.columns()) + ")"));
        indexes.forEach(i -> lines.add(indexDefinition(i, "KEY", features)));
        table.checks().stream().filter(c -> c.column() == null).forEach(c -> lines.add(check(c)));
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (\n  ")
                .append(String.join(",\n  ", lines)).append("\n)");
        TableOptions options = table.options();
        if (options != null && options.collation() != null && options.collation().equals(defaultCollation)) {
            options = options.withCollation(null);
        }
        sql.append(tableOptions(null, options, " "));
        if (table.comment() != null) {
            sql.append(" COMMENT=").append(literal(table.comment()));
        }
        if (options != null && options.partitioning() != null) {
            sql.append('\n').append(options.partitioning());
        }
        return new PlanStep(sql.toString(), "Create table " + table.name(), Safety.SAFE);
    }

    /**
     * ENGINE, default collation, ROW_FORMAT and KEY_BLOCK_SIZE, each only when set and different from {@code from};
     * a row format or key block size that {@code from} states and {@code to} does not goes back to the default.
     */
    static String tableOptions(TableOptions from, TableOptions to, String separator) {
        if (to == null) {
            return "";
        }
        StringBuilder sql = new StringBuilder();
        if (to.engine() != null && (from == null || !to.engine().equals(from.engine()))) {
            sql.append(separator).append("ENGINE=").append(to.engine());
        }
        if (to.collation() != null && (from == null || !to.collation().equals(from.collation()))) {
            sql.append(separator).append("DEFAULT CHARSET=").append(TableOptions.charsetOf(to.collation()))
                    .append(" COLLATE=").append(to.collation());
        }
        String fromRowFormat = from == null ? null : from.rowFormat();
        if (!java.util.Objects.equals(fromRowFormat, to.rowFormat())) {
            sql.append(separator).append("ROW_FORMAT=").append(to.rowFormat() == null ? "DEFAULT" : to.rowFormat());
        }
        Integer fromKeyBlockSize = from == null ? null : from.keyBlockSize();
        if (!java.util.Objects.equals(fromKeyBlockSize, to.keyBlockSize())) {
            sql.append(separator).append("KEY_BLOCK_SIZE=").append(to.keyBlockSize() == null ? 0 : to.keyBlockSize());
        }
        return sql.toString();
    }

    /**
     * {@code KEY name (a(10), b DESC)}; {@code keyword} is "KEY" inside CREATE TABLE, "INDEX" after ADD. An
     * invisible index is {@code IGNORED} on MariaDB, {@code INVISIBLE} on MySQL.
     */
    static String indexDefinition(Index index, String keyword, Features features) {
        String kind = switch (index.method()) {
            case "fulltext" -> "FULLTEXT ";
            case "spatial" -> "SPATIAL ";
            default -> index.unique() ? "UNIQUE " : "";
        };
        List<String> parts = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            String key = part.column() != null ? quote(part.column()) : "(" + part.expression() + ")";
            if (part.prefixLength() != null) {
                key += "(" + part.prefixLength() + ")";
            }
            parts.add(part.ordering().isEmpty() ? key : key + " " + part.ordering());
        }
        String using = index.method().equals("hash") ? " USING HASH" : "";
        // MySQL family: the key's own options as SHOW CREATE TABLE prints them (USING BTREE, KEY_BLOCK_SIZE=8)
        using += index.storage().stream().map(o -> " " + o).collect(Collectors.joining());
        String comment = index.comment() == null ? "" : " COMMENT " + literal(index.comment());
        String visibility = !index.invisible() ? "" : features.isMariaDb() ? " IGNORED" : " INVISIBLE";
        return kind + keyword + " " + quote(index.name()) + " (" + String.join(", ", parts) + ")" + using + comment
                + visibility;
    }

    /** {@code PRIMARY KEY (a, b)} with its own options and comment, if any. */
    static String primaryKey(PrimaryKey key) {
        return "PRIMARY KEY (" + quoteAll(key.columns()) + ")"
                + key.options().stream().map(o -> " " + o).collect(Collectors.joining())
                + (key.comment() == null ? "" : " COMMENT " + literal(key.comment()));
    }

    static String check(Check check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name())).append(" FOREIGN KEY (")
                .append(quoteAll(fk.columns())).append(") REFERENCES ").append(quote(fk.referencedTable()))
                .append(" (").append(quoteAll(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        return sql.toString();
    }

    /** Every option is written, so the sequence does not depend on the server's defaults. */
    static PlanStep createSequence(Sequence sequence, Features features) {
        requireSequences(features, sequence);
        return new PlanStep("CREATE SEQUENCE " + quote(sequence.name()) + sequenceOptions(null, sequence),
                "Create sequence " + sequence.name(), Safety.SAFE);
    }

    static PlanStep alterSequence(Sequence from, Sequence to, Features features) {
        requireSequences(features, to);
        return new PlanStep("ALTER SEQUENCE " + quote(to.name()) + sequenceOptions(from, to),
                "Change sequence " + to.name() + " (values already handed out stay)", Safety.SAFE);
    }

    static PlanStep dropSequence(Sequence sequence, Features features) {
        requireSequences(features, sequence);
        return new PlanStep("DROP SEQUENCE " + quote(sequence.name()), "Drop sequence " + sequence.name()
                + " (its current value is lost)", Safety.DESTRUCTIVE);
    }

    private static String sequenceOptions(Sequence from, Sequence to) {
        StringBuilder sql = new StringBuilder();
        if (from == null || from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from == null || from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from == null || from.minValue() != to.minValue()) {
            sql.append(" MINVALUE ").append(to.minValue());
        }
        if (from == null || from.maxValue() != to.maxValue()) {
            sql.append(" MAXVALUE ").append(to.maxValue());
        }
        if (from == null || from.cache() != to.cache()) {
            sql.append(to.cache() == 0 ? " NOCACHE" : " CACHE " + to.cache());
        }
        if (from == null || from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NOCYCLE");
        }
        return sql.toString();
    }

    private static void requireSequences(Features features, Sequence sequence) {
        if (!features.sequences()) {
            throw new IllegalArgumentException("Sequence " + sequence.name() + ": " + features.kind().displayName()
                    + " " + features.major() + "." + features.minor() + " has no sequences; map the generator to"
                    + " a table (Hibernate's table-based sequences) or target MariaDB 10.3+.");
        }
    }
}
