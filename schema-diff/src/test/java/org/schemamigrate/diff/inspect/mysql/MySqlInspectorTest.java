package org.schemamigrate.diff.inspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.diff.prove.CatalogFingerprint;
import org.schemamigrate.diff.DialectFixtures;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.RoundTripCounter;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.ReferentialAction;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UniqueConstraint;

class MySqlInspectorTest {
    private static final DialectFixtures MARIADB = MariaDbFixtures.DIALECT;

    @DatabaseTest({DatabaseKind.MARIADB})
    void readsWhatHibernateGenerates(TestDatabase db) {
        MARIADB.run(db, """
                create sequence customer_seq start with 1 increment by 50 nocache;
                create table customer (id bigint not null, external_id uuid, full_name varchar(100) not null,
                    ordinal_status tinyint check ((ordinal_status between 0 and 1)), status enum ('ACTIVE','BLOCKED'),
                    version integer not null, primary key (id)) engine=InnoDB;
                create table customer_tags (customer_id bigint not null, tags varchar(255)) engine=InnoDB;
                create table customer_id_seq (next_val bigint) engine=InnoDB;
                alter table if exists customer_tags add constraint UK5swka6oqljk0gbumgnahnyemx unique (customer_id, tags);
                alter table if exists customer_tags add constraint FKtags foreign key (customer_id) references customer (id)
                    on delete cascade;
                """);
        Schema schema = MARIADB.inspect(db);

        assertThat(schema.name()).isEqualTo(db.name());
        Table customer = schema.table("customer").orElseThrow();
        assertThat(customer.options().engine()).isEqualTo("InnoDB");
        assertThat(customer.columns()).extracting(Column::name)
                .containsExactly("id", "external_id", "full_name", "ordinal_status", "status", "version");
        assertThat(customer.column("external_id").orElseThrow().type()).isEqualTo(ColumnType.of("uuid"));
        Column fullName = customer.column("full_name").orElseThrow();
        assertThat(fullName.type()).isEqualTo(new ColumnType("varchar", 100, null, null, false, false));
        assertThat(fullName.nullable()).isFalse();
        assertThat(fullName.collation()).isEqualTo(customer.options().collation());
        assertThat(customer.column("status").orElseThrow().type())
                .isEqualTo(ColumnType.withValues("enum", List.of("ACTIVE", "BLOCKED")));
        assertThat(customer.column("version").orElseThrow().type()).isEqualTo(ColumnType.of("int"));
        assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("id")));
        assertThat(customer.checks()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("ordinal_status");
            assertThat(c.expression()).isEqualTo("`ordinal_status` between 0 and 1");
            assertThat(c.column().name()).isEqualTo("ordinal_status"); // MariaDB: a column-level check
        });
        Table tags = schema.table("customer_tags").orElseThrow();
        assertThat(tags.uniques()).containsExactly(
                new UniqueConstraint("UK5swka6oqljk0gbumgnahnyemx", List.of("customer_id", "tags")));
        assertThat(tags.indexes()).isEmpty(); // the unique key serves the foreign key
        assertThat(tags.foreignKeys()).containsExactly(new ForeignKey("FKtags", List.of("customer_id"), "customer",
                List.of("id"), ReferentialAction.CASCADE, null, false, false));
        assertThat(schema.table("customer_id_seq")).isPresent();
        assertThat(schema.sequences()).containsExactly(new Sequence("customer_seq", "bigint", 1, 50, 1,
                9223372036854775806L, 0, false, null, null));
        assertThat(MARIADB.diff(schema, MARIADB.inspect(db))).isEmpty();
    }

    @DatabaseTest({DatabaseKind.MARIADB})
    void readsMySqlSpecifics(TestDatabase db) {
        MARIADB.run(db, """
                create table x (id int unsigned not null auto_increment, k int,
                    ts timestamp(6) null default current_timestamp(6) on update current_timestamp(6),
                    s varchar(20) default 'it''s' comment 'a comment', n decimal(10,2) default 1.50, j json,
                    g int as (k * 2) virtual, g2 int as (k + 1) stored, t text, b bit(1) default b'1',
                    st set('a','b'), c char(3) collate utf8mb4_bin, flag boolean default true,
                    primary key (id), key ix_t (t(10), s desc), fulltext key ft (s), constraint ck check (k > 0))
                    engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci comment='table c';
                """);
        Table x = MARIADB.inspect(db).table("x").orElseThrow();
        assertThat(x.comment()).isEqualTo("table c");
        assertThat(x.options()).isEqualTo(new TableOptions("InnoDB", "utf8mb4_unicode_ci"));
        Column id = x.column("id").orElseThrow();
        assertThat(id.type()).isEqualTo(ColumnType.of("int").asUnsigned());
        assertThat(id.identity()).isEqualTo(Identity.byDefault());
        Column ts = x.column("ts").orElseThrow();
        assertThat(ts.type()).isEqualTo(ColumnType.of("timestamp").withPrecision(6));
        assertThat(ts.defaultExpression()).isEqualTo("current_timestamp(6)");
        assertThat(ts.onUpdate()).isEqualTo("current_timestamp(6)");
        assertThat(x.column("s").orElseThrow().defaultExpression()).isEqualTo("'it''s'");
        assertThat(x.column("s").orElseThrow().comment()).isEqualTo("a comment");
        assertThat(x.column("n").orElseThrow().type()).isEqualTo(new ColumnType("decimal", null, 10, 2, false, false));
        Column json = x.column("j").orElseThrow();
        assertThat(json.type()).isEqualTo(ColumnType.of("json")); // MariaDB's alias read back as json
        assertThat(json.collation()).isNull();
        assertThat(x.column("g").orElseThrow().generatedExpression()).isEqualTo("`k` * 2");
        assertThat(x.column("g").orElseThrow().generatedVirtual()).isTrue();
        assertThat(x.column("g2").orElseThrow().generatedVirtual()).isFalse();
        assertThat(x.column("b").orElseThrow().type()).isEqualTo(new ColumnType("bit", 1, null, null, false, false));
        assertThat(x.column("st").orElseThrow().type()).isEqualTo(ColumnType.withValues("set", List.of("a", "b")));
        assertThat(x.column("c").orElseThrow().collation()).isEqualTo("utf8mb4_bin");
        // BOOLEAN is stored as tinyint(1), the width drivers map to Boolean
        assertThat(x.column("flag").orElseThrow().type()).isEqualTo(new ColumnType("tinyint", 1, null, null, false, false));
        // in the server's own key order (SHOW CREATE TABLE's: fulltext keys last), so a copy lists them the same
        assertThat(x.indexes()).containsExactly(
                new Index("ix_t", List.of(IndexPart.prefix("t", 10), new IndexPart("s", null, "DESC")), false,
                        "btree", null),
                new Index("ft", List.of(IndexPart.column("s")), false, "fulltext", null));
        assertThat(x.checks()).singleElement().satisfies(c -> assertThat(c.expression()).isEqualTo("`k` > 0"));
    }

    @DatabaseTest({DatabaseKind.MARIADB})
    void catalogQueriesDoNotGrowWithTheNumberOfTables(TestDatabase db) throws Exception {
        MARIADB.run(db, "create table t0 (id bigint primary key, name varchar(10) unique);"
                + " create sequence s0;");
        int one = roundTrips(db);
        StringBuilder ddl = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            ddl.append("create table t").append(i).append(" (id bigint primary key, parent bigint references t")
                    .append(i - 1).append(" (id), name varchar(10) unique, c int check (c > 0));\n")
                    .append("create index ix").append(i).append(" on t").append(i).append(" (name, parent);\n")
                    .append("create sequence s").append(i).append(";\n")
                    .append("create view v").append(i).append(" as select id, name from t").append(i).append(";\n")
                    .append("create trigger g").append(i).append(" before insert on t").append(i)
                    .append(" for each row set new.c = 1;\n");
        }
        MARIADB.run(db, ddl.toString());
        // tables, columns, indexes, FKs, checks, schema, sequences, partitions; views, triggers, routines, events;
        // and one SHOW CREATE TABLE per table with secondary keys (key options information_schema does not show)
        assertThat(one).isEqualTo(12 + 1);
        assertThat(roundTrips(db)).isEqualTo(12 + 41);
        assertThat(MARIADB.inspect(db).sequences()).hasSize(41);
    }

    private static int roundTrips(TestDatabase db) throws Exception {
        RoundTripCounter counter = new RoundTripCounter();
        try (Connection c = counter.wrap(db.connection())) {
            DiffDialect.of(Features.mariaDb(11, 4)).inspector(InspectOptions.defaults()).inspect(c);
        }
        return counter.count();
    }

    /**
     * One inspection and its fingerprint on one connection ({@code ScratchSpace.inspect}): SHOW CREATE TABLE
     * texts are read once for both; with {@code allowMultiQueries=true} (either driver) all texts of a kind come
     * in one round trip.
     */
    @ParameterizedTest
    @CsvSource({"jdbc:mariadb:,false,78", "jdbc:mariadb:,true,20", "jdbc:mysql:,true,20"})
    void inspectionAndFingerprintShareTheShowCreateTexts(String driver, boolean multi, int expected) throws Exception {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        StringBuilder ddl = new StringBuilder("create table t0 (id bigint primary key, name varchar(10) unique);\n");
        for (int i = 1; i <= 20; i++) {
            ddl.append("create table t").append(i).append(" (id bigint primary key, parent bigint references t")
                    .append(i - 1).append(" (id), c int, constraint z").append(i).append(" check (c > 0),")
                    .append(" constraint a").append(i).append(" check (c < 9));\n")
                    .append("create sequence s").append(i).append(";\n")
                    .append("create view v").append(i).append(" as select id from t").append(i).append(";\n");
        }
        MARIADB.run(db, ddl.toString());
        String url = db.url().replace("jdbc:mariadb:", driver) + (multi
                ? (db.url().contains("?") ? "&" : "?") + "allowMultiQueries=true" : "");
        RoundTripCounter counter = new RoundTripCounter();
        Schema schema;
        try (Connection c = counter.wrap(DriverManager.getConnection(url, db.user(), db.password()));
             MySqlShowCreate.Scope shared = MySqlShowCreate.shared(c)) {
            schema = DiffDialect.of(Features.mariaDb(11, 4)).inspector(InspectOptions.defaults()).inspect(c);
            CatalogFingerprint.reader(DatabaseKind.MARIADB).read(c, InspectOptions.defaults());
        }
        // inspector: 12 queries and the texts of the 21 tables with keys or several checks (21 round trips, or 1);
        // fingerprint: its database, objects, triggers, routines, events and the texts of views and sequences (40, or 2)
        assertThat(counter.count()).isEqualTo(expected);
        // SHOW CREATE TABLE prints checks in creation order; the model keeps it, so a copy is created the same
        assertThat(schema.table("t1").orElseThrow().checks()).extracting(c -> c.name()).containsExactly("z1", "a1");
    }

    @DatabaseTest({DatabaseKind.MARIADB})
    void leavesOutHistoryTablesAndExcludedNames(TestDatabase db) {
        MARIADB.run(db, """
                create table migration_history (version varchar(50) primary key);
                create table migration_history_log (id bigint auto_increment primary key);
                create table tmp_import (id int);
                create table kept (id int);
                create sequence tmp_seq;
                """);
        Schema schema = MARIADB.inspect(db, InspectOptions.defaults().withExcludes("tmp_*"));
        assertThat(schema.tables()).extracting(Table::name).containsExactly("kept");
        assertThat(schema.sequences()).isEmpty();
    }

    @DatabaseTest({DatabaseKind.MARIADB})
    void inspectsANamedSchemaAndStripsItsQualifier(TestDatabase db) {
        TestDatabase other = org.schemamigrate.core.testing.TestDatabases.fresh(DatabaseKind.MARIADB);
        MARIADB.run(other, "create sequence seq; create table invoice (id bigint default nextval(seq))");
        Schema sales = MARIADB.inspect(db, InspectOptions.defaults().withSchema(other.name()));
        assertThat(sales.name()).isEqualTo(other.name());
        assertThat(sales.tables()).extracting(Table::name).containsExactly("invoice");
        assertThat(sales.table("invoice").orElseThrow().column("id").orElseThrow().defaultExpression())
                .isEqualTo("nextval(`seq`)");
    }
}
