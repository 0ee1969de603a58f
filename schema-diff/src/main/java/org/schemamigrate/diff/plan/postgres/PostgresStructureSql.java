package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.tableComment;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.SchemaChange.AlterPartition;
import org.schemamigrate.diff.change.SchemaChange.AlterType;
import org.schemamigrate.diff.change.SchemaChange.CreatePartition;
import org.schemamigrate.diff.change.SchemaChange.CreateType;
import org.schemamigrate.diff.change.SchemaChange.DropPartition;
import org.schemamigrate.diff.change.SchemaChange.DropType;
import org.schemamigrate.diff.change.SchemaChange.SetPartitioning;
import org.schemamigrate.diff.change.SchemaChange.SetTableOptions;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.CompositeType;
import org.schemamigrate.diff.model.DomainType;
import org.schemamigrate.diff.model.Partition;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UserType;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * Domains, composite types, partitions, partitioning and row-level-security flags. What PostgreSQL cannot change
 * in place (a domain's base type, a composite type's attribute order, a table's partition key) is refused with
 * the object's name rather than rebuilt behind the reviewer's back.
 */
final class PostgresStructureSql {

    private PostgresStructureSql() {
    }

    static void plan(CreateType change, List<PlanStep> out) {
        create(change.type(), out);
    }

    static void plan(DropType change, List<PlanStep> out) {
        UserType type = change.type();
        out.add(new PlanStep((type instanceof DomainType ? "DROP DOMAIN " : "DROP TYPE ") + quote(type.name()),
                "Drop " + kind(type) + " " + type.name(), Safety.SAFE));
    }

    static void plan(AlterType change, List<PlanStep> out) {
        alter(change.from(), change.to(), out);
    }

    static void plan(CreatePartition change, List<PlanStep> out) {
        createPartition(change.partition(), out);
    }

    static void plan(DropPartition change, List<PlanStep> out) {
        Partition partition = change.partition();
        out.add(new PlanStep("DROP TABLE " + quote(partition.name()), "Drop partition " + partition.name() + " of "
                + partition.parent() + " (its rows are lost)", Safety.DESTRUCTIVE));
    }

    static void plan(SetPartitioning change, List<PlanStep> out) {
        throw refused("table " + change.table() + " changes its partitioning (" + describe(change.from()) + " → "
                + describe(change.to()) + "): PostgreSQL cannot re-partition a table in place; create the new table,"
                + " copy the rows and swap the names by hand");
    }

    static void plan(SetTableOptions change, List<PlanStep> out) {
        rowSecurity(change.table(), change.from(), change.to(), out);
    }

    private static void create(UserType type, List<PlanStep> out) {
        if (type instanceof DomainType d) {
            StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(quote(d.name())).append(" AS ")
                    .append(d.baseType());
            if (d.collation() != null) {
                sql.append(" COLLATE ").append(quote(d.collation()));
            }
            if (d.defaultExpression() != null) {
                sql.append(" DEFAULT ").append(d.defaultExpression());
            }
            if (d.notNull()) {
                sql.append(" NOT NULL");
            }
            d.checks().forEach(c -> sql.append(" CONSTRAINT ").append(quote(c.name())).append(' ')
                    .append(c.expression()));
            out.add(new PlanStep(sql.toString(), "Create domain " + d.name(), Safety.SAFE));
        } else {
            CompositeType c = (CompositeType) type;
            out.add(new PlanStep("CREATE TYPE " + quote(c.name()) + " AS (" + String.join(", ",
                    c.attributes().stream().map(PostgresStructureSql::attribute).toList()) + ")",
                    "Create composite type " + c.name(), Safety.SAFE));
        }
        if (type.comment() != null) {
            out.add(comment(type));
        }
    }

    private static void alter(UserType from, UserType to, List<PlanStep> out) {
        if (from instanceof DomainType a && to instanceof DomainType b) {
            alterDomain(a, b, out);
        } else {
            alterComposite((CompositeType) from, (CompositeType) to, out);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
    }

    private static void alterDomain(DomainType from, DomainType to, List<PlanStep> out) {
        if (!from.sameBase(to)) {
            throw refused("domain " + to.name() + " changes its base type or collation (" + from.baseType()
                    + " → " + to.baseType() + "), which PostgreSQL cannot alter in place");
        }
        String alter = "ALTER DOMAIN " + quote(to.name()) + " ";
        Map<String, Check> wanted = byName(to.checks(), Check::name);
        Map<String, Check> existing = byName(from.checks(), Check::name);
        for (Check check : from.checks()) {
            if (!check.equals(wanted.get(check.name()))) {
                out.add(new PlanStep(alter + "DROP CONSTRAINT " + quote(check.name()), "Drop check " + check.name()
                        + " of domain " + to.name(), Safety.SAFE));
            }
        }
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            out.add(new PlanStep(alter + (to.defaultExpression() == null ? "DROP DEFAULT"
                    : "SET DEFAULT " + to.defaultExpression()), "Default of domain " + to.name(), Safety.SAFE));
        }
        if (from.notNull() != to.notNull()) {
            out.add(new PlanStep(alter + (to.notNull() ? "SET NOT NULL" : "DROP NOT NULL"), (to.notNull()
                    ? "Domain " + to.name() + " NOT NULL (fails if a column of it holds NULL)"
                    : "Domain " + to.name() + " allows NULL"), to.notNull() ? Safety.DATA_DEPENDENT : Safety.SAFE));
        }
        for (Check check : to.checks()) {
            if (!check.equals(existing.get(check.name()))) {
                out.add(new PlanStep(alter + "ADD CONSTRAINT " + quote(check.name()) + " " + check.expression(),
                        "Add check " + check.name() + " to domain " + to.name() + " (fails if a value breaks it)",
                        Safety.DATA_DEPENDENT));
            }
        }
    }

    /** Attributes dropped, retyped and appended; kept attributes must keep their order and new ones come last. */
    private static void alterComposite(CompositeType from, CompositeType to, List<PlanStep> out) {
        Map<String, CompositeType.Attribute> wanted = byName(to.attributes(), CompositeType.Attribute::name);
        Map<String, CompositeType.Attribute> existing = byName(from.attributes(), CompositeType.Attribute::name);
        List<String> keptOrder = new ArrayList<>(from.attributes().stream().map(CompositeType.Attribute::name)
                .filter(wanted::containsKey).toList());
        to.attributes().stream().map(CompositeType.Attribute::name).filter(n -> !existing.containsKey(n))
                .forEach(keptOrder::add);
        if (!keptOrder.equals(to.attributes().stream().map(CompositeType.Attribute::name).toList())) {
            throw refused("composite type " + to.name() + " changes the order of its attributes, which"
                    + " PostgreSQL cannot do in place (new attributes can only be appended)");
        }
        String alter = "ALTER TYPE " + quote(to.name()) + " ";
        for (CompositeType.Attribute attribute : from.attributes()) {
            CompositeType.Attribute target = wanted.get(attribute.name());
            if (target == null) {
                out.add(new PlanStep(alter + "DROP ATTRIBUTE " + quote(attribute.name()), "Drop attribute "
                        + attribute.name() + " of composite type " + to.name(), Safety.DESTRUCTIVE));
            } else if (!target.equals(attribute)) {
                out.add(new PlanStep(alter + "ALTER ATTRIBUTE " + quote(target.name()) + " TYPE " + target.type()
                        + (target.collation() == null ? "" : " COLLATE " + quote(target.collation())),
                        "Change type of attribute " + target.name() + " of composite type " + to.name(),
                        Safety.DATA_DEPENDENT));
            }
        }
        for (CompositeType.Attribute attribute : to.attributes()) {
            if (!existing.containsKey(attribute.name())) {
                out.add(new PlanStep(alter + "ADD ATTRIBUTE " + attribute(attribute), "Add attribute "
                        + attribute.name() + " to composite type " + to.name(), Safety.SAFE));
            }
        }
    }

    private static void createPartition(Partition partition, List<PlanStep> out) {
        out.add(new PlanStep("CREATE TABLE " + quote(partition.name()) + " PARTITION OF " + quote(partition.parent())
                + " " + partition.bound() + (partition.partitionKey() == null ? ""
                : " PARTITION BY " + partition.partitionKey()), "Create partition " + partition.name() + " of "
                + partition.parent(), Safety.SAFE));
        if (partition.comment() != null) {
            out.add(tableComment(partition.name(), partition.comment()));
        }
    }

    /** A new bound: detached and attached again, so the rows stay (attaching fails if a row is outside it). */
    static void plan(AlterPartition change, List<PlanStep> out) {
        Partition to = change.to();
        if (!change.from().bound().equals(to.bound())) {
            String parent = "ALTER TABLE " + quote(to.parent());
            out.add(new PlanStep(parent + " DETACH PARTITION " + quote(to.name()), "Detach partition " + to.name()
                    + " to change its bound (its rows stay)", Safety.SAFE));
            out.add(new PlanStep(parent + " ATTACH PARTITION " + quote(to.name()) + " " + to.bound(), "Attach"
                    + " partition " + to.name() + " " + to.bound() + " (fails if a row is outside the bound)",
                    Safety.DATA_DEPENDENT));
        }
        if (!Objects.equals(change.from().comment(), to.comment())) {
            out.add(tableComment(to.name(), to.comment()));
        }
    }

    /** The clause after a new table's columns: its partition key, if any. */
    static String partitionClause(TableOptions options) {
        return options == null || options.partitioning() == null ? "" : " PARTITION BY " + options.partitioning();
    }

    /** Row-level-security flags of a new or kept table (null options: both off). */
    static void rowSecurity(String table, TableOptions from, TableOptions to, List<PlanStep> out) {
        boolean enabled = from != null && from.rowSecurity();
        boolean forced = from != null && from.forceRowSecurity();
        String alter = "ALTER TABLE " + quote(table) + " ";
        if (to != null && to.rowSecurity() != enabled || to == null && enabled) {
            boolean on = to != null && to.rowSecurity();
            out.add(new PlanStep(alter + (on ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY", (on ? "Enable"
                    : "Disable") + " row-level security on " + table, Safety.SAFE));
        }
        if (to != null && to.forceRowSecurity() != forced || to == null && forced) {
            boolean on = to != null && to.forceRowSecurity();
            out.add(new PlanStep(alter + (on ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY", (on ? "Force"
                    : "Stop forcing") + " row-level security on " + table + " (for its owner too)", Safety.SAFE));
        }
    }

    private static String describe(String partitioning) {
        return partitioning == null ? "not partitioned" : "PARTITION BY " + partitioning;
    }

    private static String attribute(CompositeType.Attribute attribute) {
        return quote(attribute.name()) + " " + attribute.type()
                + (attribute.collation() == null ? "" : " COLLATE " + quote(attribute.collation()));
    }

    private static PlanStep comment(UserType type) {
        return new PlanStep("COMMENT ON " + (type instanceof DomainType ? "DOMAIN " : "TYPE ") + quote(type.name())
                + " IS " + literal(type.comment()), (type.comment() == null ? "Remove comment of " : "Comment ")
                + kind(type) + " " + type.name(), Safety.SAFE);
    }

    private static String kind(UserType type) {
        return type instanceof DomainType ? "domain" : "composite type";
    }

    private static MigrationException refused(String what) {
        return new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot plan this change: " + what
                + ". Nothing was written; write this migration by hand (migration:create).");
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
    }
}
