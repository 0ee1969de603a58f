package org.schemamigrate.diff.bench;

import static org.schemamigrate.diff.bench.DiffBenchCore.name;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

/**
 * The MariaDB half of {@link SchemaDiffBench}: the same 1,000 tables (10 columns, 2 indexes, 1 FK, 1 check,
 * AUTO_INCREMENT key each) and the same modification, on the embedded MariaDB.
 */
final class MariaDbDiffBench {

    // the column is indexed: MySQL indexes TEXT only by prefix, so it widens within varchar
    private static final ColumnType VARCHAR_500 = new ColumnType("varchar", 500, null, null, false, false);

    private MariaDbDiffBench() {
    }

    static int run(int tables) throws Exception {
        return DiffBenchCore.run(DatabaseKind.MARIADB, MariaDbFixtures.DIALECT, tables, MariaDbDiffBench::ddl,
                MariaDbDiffBench::modify, "DDL auto-commits");
    }

    private static String ddl(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            String t = name(i);
            sql.append("create table ").append(t).append(" (id bigint not null auto_increment,")
                    .append(" parent_id bigint, code varchar(50) not null, name varchar(255),")
                    .append(" amount decimal(38,2), created_at datetime(6), updated_at timestamp(6) null,")
                    .append(" status tinyint check (status between 0 and 2), active bit(1) default b'1',")
                    .append(" data json, primary key (id)) engine=InnoDB;\n")
                    .append("create unique index ux_").append(t).append("_code on ").append(t).append(" (code);\n")
                    .append("create index ix_").append(t).append("_name on ").append(t)
                    .append(" (name, created_at);\n");
        }
        for (int i = 0; i < tables; i++) {
            sql.append("alter table ").append(name(i)).append(" add constraint fk_").append(name(i))
                    .append(" foreign key (parent_id) references ").append(name(i == 0 ? 0 : i - 1)).append(" (id);\n");
        }
        return sql.toString();
    }

    /** As for PostgreSQL: a tenth gain a column, a tenth widen a varchar, a tenth lose an index; 10 new tables. */
    private static Schema modify(Schema schema) {
        List<Table> tables = new ArrayList<>();
        int n = schema.tables().size();
        Table first = schema.tables().get(0);
        String collation = first.options().collation();
        for (int i = 0; i < n; i++) {
            Table table = schema.tables().get(i);
            if (i % 10 == 0) {
                List<Column> columns = new ArrayList<>(table.columns());
                columns.add(Column.of("note", ColumnType.of("text"), true).withCollation(collation));
                table = table.withColumns(columns);
            } else if (i % 10 == 1) {
                table = table.withColumns(table.columns().stream()
                        .map(c -> c.name().equals("name") ? c.withType(VARCHAR_500) : c).toList());
            } else if (i % 10 == 2) {
                table = table.withIndexes(table.indexes().stream().filter(x -> !x.name().startsWith("ix_")).toList());
            }
            tables.add(table);
        }
        for (int i = 0; i < 10; i++) {
            String name = "new_" + i;
            tables.add(new Table(name, List.of(Column.of("id", ColumnType.of("bigint"), false),
                    Column.of("ref", ColumnType.of("bigint"), true)), new PrimaryKey("PRIMARY", List.of("id")),
                    List.of(Index.on("ix_" + name, false, "ref")), List.of(),
                    List.of(ForeignKey.of("fk_" + name, List.of("ref"), name(i), List.of("id"))), List.of(), null,
                    first.options()));
        }
        return schema.withTables(tables);
    }
}
