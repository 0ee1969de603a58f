package org.schemamigrate.diff.inspect.mysql;

import static org.schemamigrate.diff.inspect.CatalogQuery.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.inspect.CatalogQuery;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * Reads a MySQL 8 or MariaDB 10.6+ schema from information_schema with seven queries (schema name, tables,
 * columns, indexes, foreign keys, checks, partitions), plus one for all MariaDB sequences when there are any,
 * whatever the number of tables; only key options and the order of checks, which information_schema lacks, take
 * SHOW CREATE TABLE of the tables with secondary keys or several checks ({@link MySqlShowCreate}: one round trip
 * for all where the connection allows several statements, else one per table; {@link MySqlKeyOptions}). Expressions are kept as the server prints them, minus the schema
 * qualifier MariaDB adds to {@code nextval(`schema`.`seq`)}, so that two schemas compare without spelling
 * differences.
 */
public final class MySqlInspector implements SchemaInspector {
    private final InspectOptions options;

    public MySqlInspector(InspectOptions options) {
        this.options = options;
    }

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        Features features = Features.of(connection);
        boolean tooOld = features.isMariaDb() ? !features.atLeast(10, 6) : !features.atLeast(8, 0);
        if (tooOld) {
            throw new SQLException(features.kind().displayName() + " " + features.major() + "." + features.minor()
                    + " is not supported: schema-diff needs MySQL 8.0 or MariaDB 10.6 and later;"
                    + " upgrade the server or the dev database.");
        }
        String schema = schemaName(connection);
        String qualifier = "`" + schema.replace("`", "``") + "`.";
        InspectOptions.NameFilter excluded = options.nameFilter();
        Map<String, Builder> tables = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        query(connection, MySqlQueries.TABLES, schema, rs -> {
            String name = rs.getString(1);
            if (excluded.excludes(name)) {
                return;
            }
            if ("SEQUENCE".equals(rs.getString(2))) {
                sequenceNames.add(name);
            } else {
                String comment = rs.getString(5);
                tables.put(name, new Builder(name, comment == null || comment.isEmpty() ? null : comment,
                        TableOptions.of(rs.getString(3), rs.getString(4), rs.getString(6))));
            }
        });
        query(connection, MySqlQueries.COLUMNS, schema, rs -> {
            Builder table = tables.get(rs.getString(1));
            if (table != null) {
                table.columns.add(column(rs, features, qualifier));
            }
        });
        Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
        query(connection, features.isMariaDb() ? MySqlQueries.INDEXES_MARIADB : MySqlQueries.INDEXES_MYSQL, schema,
                rs -> {
                    if (tables.containsKey(rs.getString(1))) {
                        String key = rs.getString(1) + '\0' + rs.getString(2);
                        if (!indexes.containsKey(key)) {
                            indexes.put(key, new IndexBuilder(rs));
                        }
                        indexes.get(key).add(rs);
                    }
                });
        query(connection, features.isMariaDb() ? MySqlQueries.CHECKS_MARIADB : MySqlQueries.CHECKS_MYSQL, schema,
                rs -> {
                    Builder table = tables.get(rs.getString(1));
                    if (table != null) {
                        table.check(rs.getString(2), rs.getString(3).replace(qualifier, ""),
                                "Column".equals(rs.getString(4)), features);
                    }
                });
        // key options and check order only SHOW CREATE TABLE prints: read for the tables that have either
        Set<String> texts = indexes.values().stream().map(i -> i.table)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        tables.values().stream().filter(t -> t.checks.stream().filter(c -> c.column() == null).count() > 1)
                .forEach(t -> texts.add(t.name));
        Map<String, String> createTables = MySqlShowCreate.read(connection, "TABLE", schema, texts);
        Map<String, Map<String, List<String>>> keyOptions = new HashMap<>();
        createTables.forEach((table, text) -> {
            keyOptions.put(table, MySqlKeyOptions.parse(text));
            Builder builder = tables.get(table);
            List<Check> ordered = MySqlKeyOptions.inTextOrder(builder.checks, text);
            builder.checks.clear();
            builder.checks.addAll(ordered);
        });
        indexes.values().forEach(i -> i.addTo(tables.get(i.table),
                keyOptions.getOrDefault(i.table, Map.of()).getOrDefault(i.name, List.of())));
        Map<String, FkBuilder> foreignKeys = new LinkedHashMap<>();
        query(connection, MySqlQueries.FOREIGN_KEYS, schema, rs -> {
            if (tables.containsKey(rs.getString(1))) {
                String key = rs.getString(1) + '\0' + rs.getString(2);
                if (!foreignKeys.containsKey(key)) {
                    foreignKeys.put(key, new FkBuilder(rs));
                }
                foreignKeys.get(key).add(rs);
            }
        });
        foreignKeys.values().forEach(f -> tables.get(f.table).foreignKeys.add(f.build()));
        List<Sequence> sequences = sequences(connection, schema, sequenceNames);
        Map<String, String> partitioning = MySqlPartitions.read(connection, schema);
        return new Schema(schema, tables.values().stream().map(Builder::build)
                .map(t -> partitioning.containsKey(t.name())
                        ? t.withOptions(t.options().withPartitioning(partitioning.get(t.name()))) : t)
                .toList(), sequences, List.of(), List.of(),
                MySqlObjects.read(connection, features, schema, excluded, tables.keySet()));
    }

    private String schemaName(Connection connection) throws SQLException {
        return CatalogQuery.schemaName(connection, MySqlQueries.SCHEMA, options.schema(),
                "No current database: the connection URL names none;");
    }

    private static Column column(ResultSet rs, Features features, String qualifier) throws SQLException {
        String dataType = rs.getString(3);
        String extra = rs.getString(7);
        String lowerExtra = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        String generated = rs.getString(13);
        boolean isGenerated = lowerExtra.contains("generated") && !lowerExtra.contains("default_generated")
                && generated != null && !generated.isEmpty();
        String defaultSql = isGenerated ? null
                : MySqlTypeParser.defaultExpression(rs.getString(6), extra, dataType, features.defaultsAsSql());
        String comment = rs.getString(14);
        return new Column(rs.getString(2),
                MySqlTypeParser.type(dataType, rs.getString(4), longOrNull(rs, 8), longOrNull(rs, 9),
                        longOrNull(rs, 10), longOrNull(rs, 11)),
                "YES".equals(rs.getString(5)), defaultSql == null ? null : defaultSql.replace(qualifier, ""),
                lowerExtra.contains("auto_increment") ? Identity.byDefault() : null,
                isGenerated ? generated.replace(qualifier, "") : null,
                MySqlTypeParser.textual(dataType) ? rs.getString(12) : null,
                comment == null || comment.isEmpty() ? null : comment, MySqlTypeParser.onUpdate(extra),
                isGenerated && lowerExtra.contains("virtual"));
    }

    private static Long longOrNull(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    private static List<Sequence> sequences(Connection connection, String schema, List<String> names)
            throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        if (names.isEmpty()) {
            return sequences;
        }
        String qualifier = "`" + schema.replace("`", "``") + "`.";
        String sql = MySqlQueries.sequences(
                names.stream().map(n -> qualifier + "`" + n.replace("`", "``") + "`").toList(),
                names.stream().map(n -> "'" + n.replace("\\", "\\\\").replace("'", "''") + "'").toList());
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                sequences.add(new Sequence(rs.getString(1), "bigint", rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getBoolean(7), null, null));
            }
        }
        return sequences;
    }

    /** Rows of one index; a unique btree index on whole columns is the same thing as a UNIQUE constraint. */
    private static final class IndexBuilder {
        final String table;
        final String name;
        final boolean unique;
        final String method;
        final String comment;
        final boolean invisible;
        final List<IndexPart> parts = new ArrayList<>();

        IndexBuilder(ResultSet rs) throws SQLException {
            table = rs.getString(1);
            name = rs.getString(2);
            unique = rs.getInt(3) == 0;
            method = rs.getString(4).toLowerCase(Locale.ROOT);
            String text = rs.getString(9);
            comment = text == null || text.isEmpty() ? null : text;
            invisible = rs.getBoolean(10);
        }

        void add(ResultSet rs) throws SQLException {
            String column = rs.getString(5);
            // MariaDB reports SUB_PART 32 for a spatial key's column, which no ADD SPATIAL INDEX accepts
            Long prefix = method.equals("spatial") ? null : longOrNull(rs, 8);
            parts.add(new IndexPart(column, column == null ? rs.getString(6) : null,
                    "D".equals(rs.getString(7)) ? "DESC" : "", prefix == null ? null : prefix.intValue()));
        }

        /** {@code options}: what SHOW CREATE TABLE adds to the key ({@code USING BTREE}, {@code KEY_BLOCK_SIZE}). */
        void addTo(Builder builder, List<String> options) {
            List<String> kept = MySqlKeyOptions.kept(options, method);
            List<String> columns = parts.stream().map(IndexPart::column).toList();
            boolean plain = parts.stream().allMatch(p -> p.column() != null && p.prefixLength() == null
                    && p.ordering().isEmpty());
            if (name.equals("PRIMARY")) {
                // USING BTREE and its own KEY_BLOCK_SIZE, as printed (a table's KEY_BLOCK_SIZE changed later is
                // printed on every key that had none: SHOW CREATE TABLE then shows it there too)
                builder.primaryKey = new PrimaryKey(name, columns, comment).withOptions(options);
            } else if (unique && plain && method.equals("btree") && comment == null && !invisible && kept.isEmpty()) {
                builder.uniques.add(new UniqueConstraint(name, columns));
            } else {
                builder.indexes.add(new Index(name, parts, unique, method, null, List.of(), kept, comment, false,
                        invisible));
            }
        }
    }

    private static final class FkBuilder {
        final String table;
        final String name;
        final String referenced;
        final String onDelete;
        final String onUpdate;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();

        FkBuilder(ResultSet rs) throws SQLException {
            table = rs.getString(1);
            name = rs.getString(2);
            referenced = rs.getString(4);
            onDelete = rs.getString(6);
            onUpdate = rs.getString(7);
        }

        void add(ResultSet rs) throws SQLException {
            columns.add(rs.getString(3));
            referencedColumns.add(rs.getString(5));
        }

        ForeignKey build() {
            return new ForeignKey(name, columns, referenced, referencedColumns, MySqlTypeParser.action(onDelete),
                    MySqlTypeParser.action(onUpdate), false, false);
        }
    }

    private static final class Builder {
        final String name;
        final String comment;
        final TableOptions tableOptions;
        final List<Column> columns = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        PrimaryKey primaryKey;

        Builder(String name, String comment, TableOptions tableOptions) {
            this.name = name;
            this.comment = comment;
            this.tableOptions = tableOptions;
        }

        /** MariaDB's JSON is LONGTEXT COLLATE utf8mb4_bin with a json_valid column check: read back as json. */
        void check(String checkName, String expression, boolean columnLevel, Features features) {
            // named after its column when created; a renamed column keeps the old name, so the check names it
            Column column = !columnLevel ? null : columns.stream().filter(c -> c.name().equals(checkName))
                    .findFirst().or(() -> columns.stream()
                            .filter(c -> expression.contains("`" + c.name().replace("`", "``") + "`")).findFirst())
                    .orElse(null);
            String quoted = "`" + checkName.replace("`", "``") + "`";
            if (column != null && features.jsonIsAlias() && expression.equals("json_valid(" + quoted + ")")
                    && column.type().name().equals("longtext") && "utf8mb4_bin".equals(column.collation())) {
                columns.set(columns.indexOf(column), column.withType(ColumnType.of("json")).withCollation(null));
                return;
            }
            checks.add(new Check(checkName, expression, column));
        }

        Table build() {
            return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, tableOptions);
        }
    }
}
