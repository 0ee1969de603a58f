package org.schemamigrate.diff.plan.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddCheck;
import org.schemamigrate.diff.change.SchemaChange.AddForeignKey;
import org.schemamigrate.diff.change.SchemaChange.AddUnique;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.CreateTable;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** Online PostgreSQL plans: which changes get which safer form, and which index changes move to the second file. */
class OnlinePostgresPlannerTest {
    private static final PostgresPlanner ONLINE = new PostgresPlanner(Features.postgres(17),
            PlanOptions.defaults().withOnline(true));
    private static final PostgresPlanner OFFLINE = new PostgresPlanner(Features.postgres(17));
    private static final Column EMAIL = Column.of("email", ColumnType.varchar(200), true);
    private static final ForeignKey FK = ForeignKey.of("orders_customer_fk", List.of("customer_id"), "customer",
            List.of("id"));
    private static final Index EMAIL_IDX = Index.on("customer_email_idx", false, "email");

    private static List<String> sql(PostgresPlanner planner, SchemaChange... changes) {
        return planner.plan(List.of(changes)).steps().stream().map(PlanStep::sql).toList();
    }

    @Test
    void foreignKeysAndChecksOnExistingTablesAreAddedNotValidThenValidated() {
        assertThat(sql(ONLINE, new AddForeignKey("orders", FK), new AddCheck("customer",
                new Check("customer_email_ck", "length(email) > 3")))).containsExactly(
                "ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_customer_fk\" FOREIGN KEY (\"customer_id\")"
                        + " REFERENCES \"customer\" (\"id\") NOT VALID",
                "ALTER TABLE \"orders\" VALIDATE CONSTRAINT \"orders_customer_fk\"",
                "ALTER TABLE \"customer\" ADD CONSTRAINT \"customer_email_ck\" CHECK (length(email) > 3) NOT VALID",
                "ALTER TABLE \"customer\" VALIDATE CONSTRAINT \"customer_email_ck\"");
        List<PlanStep> steps = ONLINE.plan(List.of(new AddForeignKey("orders", FK))).steps();
        assertThat(steps.get(0).safety()).as("NOT VALID checks new rows only").isEqualTo(Safety.SAFE);
        assertThat(steps.get(1).safety()).isEqualTo(Safety.DATA_DEPENDENT);
    }

    @Test
    void aTableCreatedInTheSamePlanAndOfflinePlansKeepThePlainForm() {
        Table orders = Table.of("orders", List.of(Column.of("id", ColumnType.of("bigint"), false),
                Column.of("customer_id", ColumnType.of("bigint"), true)), new PrimaryKey("orders_pkey", List.of("id")));
        assertThat(sql(ONLINE, new CreateTable(orders), new AddForeignKey("orders", FK))).element(1).isEqualTo(
                "ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_customer_fk\" FOREIGN KEY (\"customer_id\")"
                        + " REFERENCES \"customer\" (\"id\")");
        assertThat(sql(OFFLINE, new AddForeignKey("orders", FK))).hasSize(1);
    }

    @Test
    void setNotNullGoesThroughAValidatedTemporaryCheck() {
        AlterColumn notNull = new AlterColumn("customer", EMAIL, EMAIL.withNullable(false),
                Set.of(ColumnChange.NULLABILITY));
        assertThat(sql(ONLINE, notNull)).containsExactly(
                "ALTER TABLE \"customer\" ADD CONSTRAINT \"customer_email_nn_tmp\" CHECK (\"email\" IS NOT NULL)"
                        + " NOT VALID",
                "ALTER TABLE \"customer\" VALIDATE CONSTRAINT \"customer_email_nn_tmp\"",
                "ALTER TABLE \"customer\" ALTER COLUMN \"email\" SET NOT NULL",
                "ALTER TABLE \"customer\" DROP CONSTRAINT \"customer_email_nn_tmp\"");
        assertThat(sql(new PostgresPlanner(Features.postgres(11), PlanOptions.defaults().withOnline(true)), notNull))
                .as("before PostgreSQL 12 SET NOT NULL scans anyway").containsExactly(
                        "ALTER TABLE \"customer\" ALTER COLUMN \"email\" SET NOT NULL");
        assertThat(OnlinePostgres.checkName("t".repeat(60), "column")).hasSize(63).endsWith("_nn_tmp");
    }

    @Test
    void indexChangesOnExistingTablesRunConcurrentlyInTheSecondFile() {
        List<SchemaChange> changes = List.of(new DropIndex("customer", Index.on("customer_old_idx", false, "name")),
                new CreateIndex("customer", EMAIL_IDX));
        assertThat(ONLINE.concurrently(changes)).isEqualTo(changes);
        assertThat(ONLINE.planConcurrently(changes).steps()).extracting(PlanStep::sql).containsExactly(
                "DROP INDEX CONCURRENTLY \"customer_old_idx\"",
                "CREATE INDEX CONCURRENTLY \"customer_email_idx\" ON \"customer\" (\"email\")");
        assertThat(OFFLINE.concurrently(changes)).isEmpty();
    }

    @Test
    void indexChangesTheFirstFileDependsOnStayInIt() {
        Table fresh = Table.of("invoice", List.of(Column.of("id", ColumnType.of("bigint"), false)),
                new PrimaryKey("invoice_pkey", List.of("id")));
        Index uniqueCode = Index.on("customer_code_uk", true, "code");
        List<SchemaChange> changes = List.of(
                new DropIndex("customer", Index.on("customer_name_idx", false, "name")),  // its column is dropped
                new DropIndex("customer", Index.on("customer_nick_idx", false, "nick")),  // name reused at once
                new DropColumn("customer", Column.of("name", ColumnType.varchar(20), true)),
                new CreateTable(fresh),
                new CreateIndex("invoice", Index.on("invoice_id_idx", false, "id")),     // new table
                new AddUnique("customer", new UniqueConstraint("customer_nick_idx", List.of("nick"))),
                new CreateIndex("customer", uniqueCode),                                // a new FK may need it
                new AddForeignKey("invoice", ForeignKey.of("invoice_customer_fk", List.of("id"), "customer",
                        List.of("code"))),
                new CreateIndex("customer", EMAIL_IDX));
        assertThat(ONLINE.concurrently(changes)).containsExactly(new CreateIndex("customer", EMAIL_IDX));
    }
}
