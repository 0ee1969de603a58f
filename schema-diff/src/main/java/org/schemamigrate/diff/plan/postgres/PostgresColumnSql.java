package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.List;
import java.util.Objects;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** Column definitions and the steps of an altered column. */
final class PostgresColumnSql {

    private PostgresColumnSql() {
    }

    static String definition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
                .append(PostgresTypes.sql(column.type()));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(quote(column.collation()));
        }
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        if (column.identity() != null) {
            sql.append(' ').append(identity(column.identity()));
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    static String identity(Identity identity) {
        String sql = "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY";
        if (identity.defaultOptions()) {
            return sql;
        }
        return sql + " (START WITH " + identity.start() + " INCREMENT BY " + identity.increment()
                + (identity.min() == null ? "" : " MINVALUE " + identity.min())
                + (identity.max() == null ? "" : " MAXVALUE " + identity.max())
                + (identity.cache() == 1 ? "" : " CACHE " + identity.cache())
                + (identity.cycle() ? " CYCLE" : "") + ")";
    }

    static PlanStep comment(String table, Column column) {
        String what = column.comment() == null ? "Remove comment of column " : "Comment column ";
        return new PlanStep("COMMENT ON COLUMN " + quote(table) + "." + quote(column.name()) + " IS "
                + literal(column.comment()), what + table + "." + column.name(), Safety.SAFE);
    }

    static void alter(AlterColumn change, List<PlanStep> out) {
        alter(change, out, false);
    }

    /**
     * Steps in an order PostgreSQL accepts: identity off, default off, type, default, nullability, identity on.
     * {@code onlineNotNull}: SET NOT NULL behind a validated check ({@link OnlinePostgres#notNull}).
     */
    static void alter(AlterColumn change, List<PlanStep> out, boolean onlineNotNull) {
        Column from = change.from();
        Column to = change.to();
        String prefix = "ALTER TABLE " + quote(change.table()) + " ALTER COLUMN " + quote(to.name()) + " ";
        String name = change.table() + "." + to.name();
        boolean typeChange = change.has(ColumnChange.TYPE) || change.has(ColumnChange.COLLATION);
        if (change.has(ColumnChange.IDENTITY) && from.identity() != null && to.identity() == null) {
            out.add(new PlanStep(prefix + "DROP IDENTITY", "Stop generating " + name + " as identity", Safety.SAFE));
        }
        boolean defaultChanges = change.has(ColumnChange.DEFAULT);
        if (from.defaultExpression() != null && (typeChange && defaultChanges || to.defaultExpression() == null)) {
            out.add(new PlanStep(prefix + "DROP DEFAULT", "Drop default of " + name, Safety.SAFE));
        }
        if (typeChange) {
            out.add(typeStep(change, prefix, name));
        }
        if (defaultChanges && to.defaultExpression() != null) {
            out.add(new PlanStep(prefix + "SET DEFAULT " + to.defaultExpression(), "Set default of " + name,
                    Safety.SAFE));
        }
        if (change.has(ColumnChange.NULLABILITY) && !to.nullable() && onlineNotNull) {
            OnlinePostgres.notNull(change.table(), to.name(), prefix, out);
        } else if (change.has(ColumnChange.NULLABILITY)) {
            out.add(to.nullable()
                    ? new PlanStep(prefix + "DROP NOT NULL", "Allow nulls in " + name, Safety.SAFE)
                    : new PlanStep(prefix + "SET NOT NULL", "Forbid nulls in " + name
                    + " (fails if rows hold null)", Safety.DATA_DEPENDENT));
        }
        if (change.has(ColumnChange.IDENTITY) && to.identity() != null) {
            out.add(identityStep(from.identity(), to.identity(), prefix, name, change.table(), to.name()));
        }
        if (change.has(ColumnChange.COMMENT)) {
            out.add(comment(change.table(), to));
        }
    }

    private static PlanStep typeStep(AlterColumn change, String prefix, String name) {
        Column from = change.from();
        Column to = change.to();
        StringBuilder sql = new StringBuilder(prefix).append("TYPE ").append(PostgresTypes.sql(to.type()));
        if (to.collation() != null) {
            sql.append(" COLLATE ").append(quote(to.collation()));
        }
        if (PostgresTypes.needsUsing(from.type(), to.type())) {
            sql.append(" USING ").append(PostgresTypes.usingCast(to.name(), from.type(), to.type()));
        }
        if (!change.has(ColumnChange.TYPE)) {
            return new PlanStep(sql.toString(), "Change collation of " + name + " to "
                    + (to.collation() == null ? "the default" : to.collation()), Safety.SAFE);
        }
        boolean widening = PostgresTypes.widens(from.type(), to.type());
        String comment = "Change type of " + name + " from " + PostgresTypes.sql(from.type()) + " to "
                + PostgresTypes.sql(to.type()) + (widening ? "" : " (values that do not fit fail or are changed)");
        return new PlanStep(sql.toString(), comment, widening ? Safety.SAFE : Safety.DESTRUCTIVE);
    }

    private static PlanStep identityStep(Identity from, Identity to, String prefix, String name, String table,
                                         String column) {
        if (from == null) {
            // the new sequence starts at its START value whatever ids the table already holds
            return new PlanStep(prefix + "ADD " + identity(to), "Generate " + name + " as identity starting at "
                    + to.start() + " (collides with existing ids above it)", Safety.DATA_DEPENDENT);
        }
        StringBuilder sql = new StringBuilder(prefix);
        if (from.always() != to.always()) {
            sql.append("SET GENERATED ").append(to.always() ? "ALWAYS" : "BY DEFAULT").append(' ');
        }
        if (from.start() != to.start()) {
            sql.append("SET START WITH ").append(to.start()).append(' ');
        }
        if (from.increment() != to.increment()) {
            sql.append("SET INCREMENT BY ").append(to.increment()).append(' ');
        }
        // one ALTER COLUMN: PostgreSQL checks the options together, so a new START may lie below the old MINVALUE
        if (!Objects.equals(from.min(), to.min())) {
            sql.append(to.min() == null ? "SET NO MINVALUE " : "SET MINVALUE " + to.min() + " ");
        }
        if (!Objects.equals(from.max(), to.max())) {
            sql.append(to.max() == null ? "SET NO MAXVALUE " : "SET MAXVALUE " + to.max() + " ");
        }
        if (from.cache() != to.cache()) {
            sql.append("SET CACHE ").append(to.cache()).append(' ');
        }
        if (from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? "SET CYCLE " : "SET NO CYCLE ");
        }
        boolean bounds = !Objects.equals(from.min(), to.min()) || !Objects.equals(from.max(), to.max());
        if (bounds && PostgresIdentityBounds.narrowed(to)) {
            return PostgresIdentityBounds.step(table, column, sql.substring(prefix.length()).strip(), from, to,
                    name);
        }
        return new PlanStep(sql.toString().strip(), "Change identity generation of " + name, Safety.SAFE);
    }
}
