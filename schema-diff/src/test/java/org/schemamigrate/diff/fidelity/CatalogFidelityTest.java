package org.schemamigrate.diff.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.DialectFixtures;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.PostgresFixtures;
import org.schemamigrate.diff.plan.Plan;

/**
 * What the catalog keeps survives a diff: after {@code from} + up, the server prints every index (and, on MariaDB,
 * the whole table with its column order) exactly as for {@code to}, and after down exactly as for {@code from}.
 * Judged by the server's own printing (pg_get_indexdef with comments, SHOW CREATE TABLE), not by the inspector.
 */
class CatalogFidelityTest {
    private static final String PG_CONSTRAINTS = "SELECT conrelid::regclass::text, conname,"
            + " pg_get_constraintdef(oid), obj_description(oid, 'pg_constraint') FROM pg_constraint"
            + " WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2";
    private static final String PG_INDEXES = "SELECT pg_get_indexdef(i.indexrelid) || coalesce(' comment='"
            + " || obj_description(i.indexrelid, 'pg_class'), '') FROM pg_index i JOIN pg_class c"
            + " ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace ORDER BY 1";

    /** Indexes, constraints and the comments of tables, columns and sequences, as the server prints them. */
    private static final String PG_DEFINITIONS = PG_INDEXES.replace(" ORDER BY 1", "") + " UNION ALL"
            + " SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
            + " WHERE connamespace = current_schema()::regnamespace UNION ALL"
            + " SELECT relname || ' ' || relkind::text || ' ' || coalesce(obj_description(oid, 'pg_class'), '') FROM pg_class"
            + " WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'S') UNION ALL"
            + " SELECT attrelid::regclass || '.' || attname || ' ' || coalesce(col_description(attrelid, attnum), '')"
            + " FROM pg_attribute WHERE attrelid = 'doc'::regclass AND attnum > 0 ORDER BY 1";

    private static void assertRoundTrip(DatabaseKind kind, DialectFixtures dialect, String from, String to,
                                        String catalogQuery) {
        TestDatabase db = TestDatabases.fresh(kind);
        TestDatabase target = TestDatabases.fresh(kind);
        TestDatabase reference = TestDatabases.fresh(kind);
        dialect.run(db, from);
        dialect.run(target, to);
        dialect.run(reference, from);

        Plan up = dialect.plan(dialect.inspect(db), dialect.inspect(target));
        dialect.apply(db, up);
        assertThat(db.rows(catalogQuery)).as("from + up, printed by the server:\n" + up.script())
                .isEqualTo(target.rows(catalogQuery));
        assertThat(dialect.diff(dialect.inspect(db), dialect.inspect(target))).as("up to date after up").isEmpty();

        Plan down = dialect.plan(dialect.inspect(db), dialect.inspect(reference));
        dialect.apply(db, down);
        assertThat(db.rows(catalogQuery)).as("from + up + down:\n" + down.script())
                .isEqualTo(reference.rows(catalogQuery));
    }

    @Test
    void postgresIndexKeysIncludeStorageCommentsAndRenames() {
        assertRoundTrip(DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT, """
                create table article (id bigint primary key, name text, body jsonb, score int);
                create index idx_body on article using gin (body);
                create index idx_name on article (name);
                create index old_score_idx on article (score);
                comment on index old_score_idx is 'scores';
                """, """
                create table article (id bigint primary key, name text, body jsonb, score int);
                create index idx_body on article using gin (body jsonb_path_ops);
                create index idx_name on article (name collate "C" desc nulls first);
                create index idx_name_prefix on article (lower(name) text_pattern_ops) where score > 0;
                create index "Score_Idx" on article (score);
                comment on index "Score_Idx" is 'scores, renamed';
                create index idx_score_name on article (score) include (name) with (fillfactor = 70);
                """, PG_INDEXES);
    }

    @Test
    void postgresExclusionConstraintsAreAddedDroppedAndRenamed() {
        assertRoundTrip(DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT, """
                create table booking (id bigint primary key, room int, during tsrange,
                    constraint no_overlap exclude using gist (during with &&),
                    constraint old_rule exclude using btree (room with =));
                """, """
                create table booking (id bigint primary key, room int, during tsrange,
                    constraint booking_no_overlap exclude using gist (during with &&),
                    constraint one_per_room exclude using btree (room with =) where (room > 0));
                create table slot (id int, period tsrange, exclude using gist (period with &&));
                """, PG_CONSTRAINTS);
    }

    @Test
    void postgresConstraintCommentsFollowTheirConstraints() {
        assertRoundTrip(DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT, """
                create table account (id bigint primary key, email text, age int,
                    constraint email_uk unique (email), constraint adult check (age >= 18));
                comment on constraint email_uk on account is 'one account per address';
                comment on constraint adult on account is 'legal age';
                """, """
                create table account (id bigint primary key, email text, age int,
                    constraint "Email_UK" unique (email), constraint adult check (age >= 18),
                    constraint sane_age check (age < 150));
                comment on constraint "Email_UK" on account is 'one account per address, renamed';
                comment on constraint account_pkey on account is 'surrogate key';
                comment on constraint sane_age on account is 'typos';
                create table audit (id bigint, constraint audit_id_positive check (id > 0));
                comment on constraint audit_id_positive on audit is 'new table';
                """, PG_CONSTRAINTS);
    }

    /**
     * PostgreSQL 15's NULLS NOT DISTINCT (unique constraints and indexes), operator-class parameters (the built-in
     * GiST tsvector_ops' siglen, BRIN's bloom_ops), NULLS FIRST/LAST, and comments on tables, columns and sequences.
     */
    @Test
    void postgresNullsNotDistinctOpclassParametersAndComments() {
        assertRoundTrip(DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT, """
                create table doc (id bigint primary key, code text, tenant int, body tsvector, score int,
                    constraint doc_code_key unique (code));
                create unique index doc_tenant_score on doc (tenant, score);
                create index doc_body on doc using gist (body);
                create index doc_score on doc (score);
                create sequence doc_seq;
                comment on table doc is 'documents';
                """, """
                create table doc (id bigint primary key, code text, tenant int, body tsvector, score int,
                    constraint doc_code_key unique nulls not distinct (code));
                create unique index doc_tenant_score on doc (tenant, score) nulls not distinct;
                create index doc_body on doc using gist (body tsvector_ops (siglen = 32));
                create index doc_tenant_bloom on doc using brin (tenant int4_bloom_ops (false_positive_rate = 0.05));
                create index doc_score on doc (score desc nulls last);
                create sequence doc_seq;
                comment on sequence doc_seq is 'document ids';
                comment on table doc is 'documents, searchable';
                comment on column doc.body is 'search vector';
                """, PG_DEFINITIONS);
    }

    /**
     * MariaDB cannot change an index's comment in place: the index is re-created, so it moves to the end of
     * SHOW CREATE TABLE's key list; here it is the last key of the target too.
     */
    @Test
    void mariaDbIndexCommentsRenamesAndColumnPositions() {
        assertRoundTrip(DatabaseKind.MARIADB, MariaDbFixtures.DIALECT, """
                create table person (id bigint not null, name varchar(50), email varchar(100), primary key (id));
                create index idx_email on person (email);
                create index ix_name on person (name) comment 'by name';
                """, """
                create table person (nick varchar(20), id bigint not null, name varchar(50), age int,
                    email varchar(100), primary key (id));
                create index email_idx on person (email);
                create index ix_age on person (age) comment 'lookup';
                create index ix_name on person (name) comment 'people by name';
                """, "SHOW CREATE TABLE person");
    }

    /**
     * Table ROW_FORMAT and KEY_BLOCK_SIZE as the table states them, a primary key's comment, and ignored
     * (invisible) indexes; a table without its own ROW_FORMAT gets none, whatever the server's default.
     */
    @Test
    void mariaDbRowFormatPrimaryKeyCommentAndIgnoredIndexes() {
        assertRoundTrip(DatabaseKind.MARIADB, MariaDbFixtures.DIALECT, """
                create table item (id bigint not null, code varchar(20), name varchar(50),
                    primary key (id) comment 'surrogate key', key ix_code (code), key ix_name (name) ignored)
                    row_format=dynamic;
                """, """
                create table item (id bigint not null, code varchar(20), name varchar(50),
                    primary key (id) comment 'item id', key ix_code (code) ignored, key ix_name (name))
                    row_format=compressed key_block_size=8;
                """, "SHOW CREATE TABLE item");
    }

    /** Hibernate writes an ordinal enum's range as a column-level check; it stays one (and a table-level one too). */
    @Test
    void mariaDbColumnLevelChecksStayColumnLevel() {
        assertRoundTrip(DatabaseKind.MARIADB, MariaDbFixtures.DIALECT, """
                create table orders (id int not null, status varchar(20), kind tinyint, primary key (id),
                    constraint chk_status check (status in ('pending', 'shipped')));
                """, """
                create table orders (id int not null, status varchar(20) check (status in ('pending', 'shipped')),
                    kind tinyint check (kind between 0 and 2), primary key (id));
                """, "SHOW CREATE TABLE orders");
    }
}
