package org.schemamigrate.diff.inspect.postgres;

import static org.schemamigrate.diff.inspect.CatalogQuery.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.model.Cast;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.EnumType;
import org.schemamigrate.diff.model.Exclusion;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * Reads a PostgreSQL (12+) schema from pg_catalog with nine queries (schema names, then one per object kind),
 * whatever the number of tables, and eight more per other user schema: those schemas' tables, sequences, enums,
 * domains, views, functions, triggers and policies join the model with names that carry their schema
 * ({@link SchemaNames}), each schema itself as an object ({@link
 * org.schemamigrate.diff.model.DefinedObject.Kind#SCHEMA}).
 * Everything the catalog normalises (types, defaults, check and index expressions) is kept as the catalog prints
 * it, so two schemas read by this inspector compare without spelling differences.
 */
public final class PostgresInspector implements SchemaInspector {
    private final InspectOptions options;

    public PostgresInspector(InspectOptions options) {
        this.options = options;
    }

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        Features features = Features.of(connection);
        if (!features.atLeast(12, 0)) {
            throw new SQLException("PostgreSQL " + features.major() + " is not supported: schema-diff reads"
                    + " catalog columns of PostgreSQL 12 and later; upgrade the server or the dev database.");
        }
        List<String> managedName = new ArrayList<>();
        List<String[]> others = new ArrayList<>();
        query(connection, PostgresQueries.SCHEMAS, options.schema(), rs -> {
            managedName.add(rs.getString(1));
            if (options.otherSchemas() && rs.getString(2) != null
                    && !options.nameFilter().excludes(rs.getString(2))) {
                others.add(new String[] {rs.getString(2), rs.getString(3)});
            }
        });
        String schema = managedName.isEmpty() ? null : managedName.get(0);
        if (schema == null) {
            throw new SQLException("No current schema: the search_path names no existing schema; name the schema"
                    + " to inspect explicitly.");
        }
        Names names = new Names(schema, others.stream().map(o -> o[0]).collect(Collectors.toSet()));
        Schema managed = read(connection, features, schema, names);
        for (String[] other : others) {
            managed = names.merge(managed, read(connection, features, other[0], names), other[0], other[1]);
        }
        return managed;
    }

    /** One schema's objects, named as {@code names} says (another schema's carry their schema). */
    private Schema read(Connection connection, Features features, String schema, Names names) throws SQLException {
        boolean own = schema.equals(names.managed());
        InspectOptions.NameFilter excluded = options.nameFilter();
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        query(connection, PostgresQueries.TABLES, schema, rs -> {
            if (!excluded.excludes(rs.getString(1))) {
                tables.put(rs.getString(1), new TableBuilder(names.in(schema, rs.getString(1)), rs.getString(2)));
            }
        });
        query(connection, PostgresQueries.COLUMNS, schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table != null) {
                table.columns.add(column(rs, names));
            }
        });
        boolean nullsNotDistinct = features.atLeast(15, 0);
        query(connection, PostgresQueries.forVersion(PostgresQueries.CONSTRAINTS, nullsNotDistinct), schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table != null) {
                constraint(table, rs, names);
            }
        });
        query(connection, PostgresQueries.forVersion(PostgresQueries.INDEXES, nullsNotDistinct), schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table != null) {
                table.indexes.add(index(rs));
            }
        });
        List<Sequence> sequences = new ArrayList<>();
        query(connection, PostgresQueries.SEQUENCES, schema, rs -> {
            String owner = rs.getString(9);
            if (!excluded.excludes(rs.getString(1)) && (owner == null || tables.containsKey(owner))) {
                sequences.add(new Sequence(names.in(schema, rs.getString(1)), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8),
                        owner == null ? null : names.in(schema, owner), rs.getString(10), rs.getString(11)));
            }
        });
        List<EnumType> enums = new ArrayList<>();
        query(connection, PostgresQueries.ENUMS, schema, rs -> enums.add(new EnumType(names.in(schema,
                rs.getString(1)), strings(rs.getArray(2)), rs.getString(3))));
        List<Cast> casts = new ArrayList<>();
        if (own) {
            query(connection, PostgresQueries.CASTS, schema, rs -> casts.add(cast(rs)));
        }
        PostgresStructures structures = PostgresStructures.read(connection, schema, tables.keySet(), excluded);
        return new Schema(schema, tables.values().stream().map(TableBuilder::build)
                .map(t -> t.withOptions(structures.tableOptions.get(SchemaNames.local(t.name())))).toList(),
                sequences, enums, casts, own ? structures.types : names.in(schema, structures.types),
                own ? structures.partitions : List.of(),
                PostgresObjects.read(connection, schema, excluded, names));
    }

    private static Cast cast(ResultSet rs) throws SQLException {
        return new Cast(typeName(rs, 1), typeName(rs, 4), switch (rs.getString(7)) {
            case "i" -> Cast.Method.INOUT;
            case "b" -> Cast.Method.BINARY;
            default -> Cast.Method.FUNCTION;
        }, rs.getString(8), switch (rs.getString(9)) {
            case "i" -> Cast.Context.IMPLICIT;
            case "a" -> Cast.Context.ASSIGNMENT;
            default -> Cast.Context.EXPLICIT;
        });
    }

    /** Columns {@code first} (name), +1 (in the schema?), +2 (format_type) of the casts query. */
    private static Cast.TypeName typeName(ResultSet rs, int first) throws SQLException {
        boolean local = rs.getBoolean(first + 1);
        return new Cast.TypeName(rs.getString(local ? first : first + 2), local);
    }

    private static Column column(ResultSet rs, Names names) throws SQLException {
        String expression = rs.getString(9);
        // 's' stored, 'v' virtual (PostgreSQL 18); either way pg_attrdef holds the expression, not a default
        boolean generated = !rs.getString(11).isEmpty();
        String identityKind = rs.getString(10);
        Identity identity = identityKind == null || identityKind.isEmpty() ? null
                : Identity.fromCatalog("a".equals(identityKind), rs.getLong(14), rs.getLong(15), rs.getLong(16),
                        rs.getLong(17), rs.getLong(18), rs.getBoolean(19), rs.getString(20));
        return new Column(rs.getString(2),
                PostgresTypeParser.parse(rs.getString(3), names.type(rs.getString(6), rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)),
                !rs.getBoolean(8), generated ? null : expression, identity, generated ? expression : null,
                rs.getString(12), rs.getString(13));
    }

    private static void constraint(TableBuilder table, ResultSet rs, Names names) throws SQLException {
        String name = rs.getString(2);
        if (rs.getString(12) != null) {
            table.constraintComments.put(name, rs.getString(12));
        }
        List<String> columns = strings(rs.getArray(4));
        switch (rs.getString(3)) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns, null, rs.getBoolean(9), rs.getBoolean(10));
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns, rs.getBoolean(13), rs.getBoolean(9),
                    rs.getBoolean(10)));
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, names.referenced(rs.getString(15),
                    rs.getString(5)), strings(rs.getArray(6)),
                    PostgresTypeParser.action(rs.getString(7)), PostgresTypeParser.action(rs.getString(8)),
                    rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(14)));
            case "x" -> table.exclusions.add(new Exclusion(name, rs.getString(11)));
            default -> table.checks.add(new Check(name, PostgresTypeParser.checkExpression(rs.getString(11)), null,
                    PostgresTypeParser.noInherit(rs.getString(11))));
        }
    }

    private static Index index(ResultSet rs) throws SQLException {
        List<String> columns = strings(rs.getArray(6));
        List<String> expressions = strings(rs.getArray(7));
        Object[] options = (Object[]) rs.getArray(8).getArray();
        List<String> keyOptions = strings(rs.getArray(9));
        List<IndexPart> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int option = ((Number) options[i]).intValue();
            parts.add(new IndexPart(columns.get(i), columns.get(i) == null ? expressions.get(i) : null,
                    PostgresTypeParser.ordering(option), null, keyOptions.get(i)));
        }
        return new Index(rs.getString(2), parts, rs.getBoolean(3), rs.getString(4), rs.getString(5),
                strings(rs.getArray(10)), strings(rs.getArray(11)), rs.getString(12), rs.getBoolean(13), false);
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }

    private static final class TableBuilder {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<Exclusion> exclusions = new ArrayList<>();
        final Map<String, String> constraintComments = new LinkedHashMap<>();
        PrimaryKey primaryKey;

        TableBuilder(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        Table build() {
            return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, null,
                    exclusions, constraintComments);
        }
    }
}
