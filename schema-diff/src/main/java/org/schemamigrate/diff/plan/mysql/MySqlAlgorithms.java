package org.schemamigrate.diff.plan.mysql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AddUnique;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.DropCheck;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.change.SchemaChange.DropForeignKey;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.change.SchemaChange.DropUnique;
import org.schemamigrate.diff.change.SchemaChange.SetTableComment;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.Index;

/**
 * The ALGORITHM an online ALTER TABLE requests: the weakest that every change in the statement supports on the
 * server, or none (the server would copy the table). Conservative by design, since a server that cannot honour
 * the clause refuses the statement; the table in schema-diff/README.md lists the rules. MariaDB rules are
 * measured on MariaDB 11.4; MySQL 8 rules follow the MySQL 8.0 online DDL tables (no MySQL server in the build).
 */
final class MySqlAlgorithms {
    /** Ordered from the weakest (the table is copied: no clause) to the strongest. */
    enum Algorithm {
        NONE(""), INPLACE("ALGORITHM=INPLACE, LOCK=NONE"), INSTANT("ALGORITHM=INSTANT");

        private final String clause;

        Algorithm(String clause) {
            this.clause = clause;
        }

        /** The clause appended to the ALTER TABLE ("" for none); LOCK is not allowed with INSTANT. */
        String clause() {
            return clause;
        }

        Algorithm min(Algorithm other) {
            return compareTo(other) <= 0 ? this : other;
        }
    }

    private static final Set<ColumnChange> METADATA = Set.of(ColumnChange.DEFAULT, ColumnChange.COMMENT);
    /** A VARCHAR keeps one length byte up to 255 bytes; MySQL extends it in place only within one bracket. */
    private static final int ONE_LENGTH_BYTE = 255;

    private MySqlAlgorithms() {
    }

    /** The strongest algorithm all {@code changes} of one ALTER TABLE support. */
    static Algorithm of(List<SchemaChange> changes, Features features) {
        Algorithm result = Algorithm.INSTANT;
        for (SchemaChange change : changes) {
            result = result.min(of(change, features));
        }
        return result;
    }

    static Algorithm of(SchemaChange change, Features features) {
        boolean mariaDb = features.isMariaDb();
        if (change instanceof AddColumn c) {
            Column column = c.column();
            boolean stored = column.generatedExpression() != null && !column.generatedVirtual();
            return stored || column.identity() != null ? Algorithm.NONE : Algorithm.INSTANT;
        }
        if (change instanceof DropColumn) {
            // instant only when the column is in no index, which the change does not say; MariaDB upgrades INPLACE
            return Algorithm.INPLACE;
        }
        if (change instanceof AlterColumn c) {
            return alterColumn(c, mariaDb);
        }
        if (change instanceof CreateIndex c) {
            return plainIndex(c.index()) ? Algorithm.INPLACE : Algorithm.NONE;
        }
        if (change instanceof DropIndex || change instanceof DropUnique || change instanceof AddUnique
                || change instanceof DropForeignKey) {
            return Algorithm.INPLACE;
        }
        if (change instanceof DropCheck c) {
            return mariaDb && c.check().column() == null ? Algorithm.INPLACE : Algorithm.NONE;
        }
        if (change instanceof SetTableComment) {
            return mariaDb ? Algorithm.INSTANT : Algorithm.NONE;
        }
        // adding checks, foreign keys or primary keys, dropping primary keys, engine or collation: copied
        return Algorithm.NONE;
    }

    private static Algorithm alterColumn(AlterColumn change, boolean mariaDb) {
        Set<ColumnChange> kinds = change.changes();
        Column from = change.from();
        Column to = change.to();
        if (METADATA.containsAll(kinds)) {
            boolean literals = literal(from.defaultExpression()) && literal(to.defaultExpression());
            if (!kinds.contains(ColumnChange.COMMENT) || mariaDb) {
                return literals ? Algorithm.INSTANT : mariaDb ? Algorithm.INPLACE : Algorithm.NONE;
            }
            return literals ? Algorithm.INPLACE : Algorithm.NONE;
        }
        Algorithm result = Algorithm.INSTANT;
        for (ColumnChange kind : kinds) {
            result = result.min(switch (kind) {
                case DEFAULT -> literal(from.defaultExpression()) && literal(to.defaultExpression())
                        ? Algorithm.INSTANT : Algorithm.NONE;
                case COMMENT -> mariaDb ? Algorithm.INSTANT : Algorithm.INPLACE;
                case NULLABILITY -> Algorithm.INPLACE;
                case TYPE -> type(from.type(), to.type(), to.collation(), mariaDb);
                default -> Algorithm.NONE;
            });
        }
        return result;
    }

    /** Labels appended to an ENUM (same storage size), or a VARCHAR made longer. */
    private static Algorithm type(ColumnType from, ColumnType to, String collation, boolean mariaDb) {
        if (from.name().equals("enum") && to.name().equals("enum") && from.unsigned() == to.unsigned()
                && to.values().size() <= ONE_LENGTH_BYTE && to.values().size() >= from.values().size()
                && to.values().subList(0, from.values().size()).equals(from.values())) {
            return Algorithm.INSTANT;
        }
        if (from.name().equals("varchar") && to.name().equals("varchar") && from.length() != null
                && to.length() != null && to.length() >= from.length()) {
            int bytes = bytesPerChar(collation);
            boolean sameLengthBytes = (from.length() * bytes <= ONE_LENGTH_BYTE) == (to.length() * bytes
                    <= ONE_LENGTH_BYTE);
            return mariaDb || sameLengthBytes ? Algorithm.INPLACE : Algorithm.NONE;
        }
        return Algorithm.NONE;
    }

    private static int bytesPerChar(String collation) {
        String c = Objects.requireNonNullElse(collation, "utf8mb4").toLowerCase(Locale.ROOT);
        if (c.startsWith("latin1") || c.startsWith("ascii") || c.startsWith("binary")) {
            return 1;
        }
        return c.startsWith("utf8mb3") || c.startsWith("utf8_") ? 3 : 4;
    }

    private static boolean plainIndex(Index index) {
        return !index.method().equals("fulltext") && !index.method().equals("spatial")
                && index.parts().stream().allMatch(p -> p.column() != null);
    }

    /** No default, NULL, a number or a quoted string: never an expression the server evaluates. */
    private static boolean literal(String expression) {
        return expression == null || expression.equalsIgnoreCase("NULL") || expression.startsWith("'")
                || expression.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
