package org.schemamigrate.diff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

/** sqldef's {@code @renamed} annotations read from a desired script; the golden cases prove the SQL. */
class RenameAnnotationsTest {
    private static final DatabaseKind PG = DatabaseKind.POSTGRESQL;

    private static Schema schema(Table... tables) {
        return new Schema("public", List.of(tables), List.of(), List.of());
    }

    private static Table table(String name, String... columns) {
        return Table.of(name, List.of(columns).stream().map(c -> Column.of(c, ColumnType.of("text"), true)).toList(),
                null);
    }

    @Test
    void tablesAndColumnsAreReadFromLineAndBlockComments() {
        String sql = """
                CREATE TABLE "UserAccounts" ( -- @renamed from=user_accounts
                  id bigint NOT NULL,
                  "NewName" text, -- @renamed from="OldName"
                  user_name varchar(100), /* @renamed from=username */
                  note text DEFAULT '-- @renamed from=x', -- a plain comment
                  CONSTRAINT unique_email UNIQUE (email) -- @renamed from=old_unique_email
                );
                CREATE INDEX email_idx /* @renamed from=idx_email */ ON users (email);
                CREATE TABLE new_users /* @renamed from=Old_Users */ (
                  id bigint
                  , Email text -- @renamed from="e-mail"
                );
                CREATE TYPE order_status AS ENUM ('pending' /* @renamed from=waiting */);
                """;

        assertThat(RenameAnnotations.find(sql, PG)).extracting(a -> a.table() + "." + a.column() + "<" + a.from())
                .containsExactly("UserAccounts.null<user_accounts", "UserAccounts.NewName<OldName",
                        "UserAccounts.user_name<username", "new_users.null<old_users", "new_users.email<e-mail");
    }

    @Test
    void mysqlNamesKeepTheirCaseAndBackticksAreQuotes() {
        String sql = """
                CREATE TABLE `user_profiles` ( -- @renamed from="user accounts"
                  UserName varchar(10), -- @renamed from=`user-name`
                  note varchar(10) DEFAULT 'it\\'s', # a MySQL comment
                  INDEX email_idx (email) -- @renamed from=idx_email
                );
                """;

        assertThat(RenameAnnotations.find(sql, DatabaseKind.MARIADB))
                .extracting(a -> a.table() + "." + a.column() + "<" + a.from())
                .containsExactly("user_profiles.null<user accounts", "user_profiles.UserName<user-name");
    }

    @Test
    void annotationsMergeWithTheSettingAndPendingOnesOnly() {
        Schema current = schema(table("old_users", "id", "username", "age"), table("orders", "id", "total"));
        String sql = """
                CREATE TABLE users ( -- @renamed from=old_users
                  id bigint,
                  user_name text, -- @renamed from=username
                  years int -- @renamed from=age
                );
                CREATE TABLE orders (
                  id bigint,
                  amount numeric -- @renamed from=missing
                );
                """;

        Renames renames = RenameAnnotations.resolve(sql, PG, current, Renames.parse("old_users.age:years"));

        assertThat(renames).hasToString("old_users:users,old_users.age:years,old_users.username:user_name");
        assertThat(RenameAnnotations.resolve(sql, PG, schema(table("users", "id", "user_name", "years")),
                Renames.none()).isEmpty()).as("already renamed: the annotations are satisfied").isTrue();
    }

    @Test
    void anAnnotationThatContradictsTheSettingNamesBoth() {
        Schema current = schema(table("users", "id", "username"));
        String sql = "CREATE TABLE users (\n  id bigint,\n  user_name text -- @renamed from=username\n);\n";

        assertThatThrownBy(() -> RenameAnnotations.resolve(sql, PG, current, Renames.parse("users.username:login")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageContaining("'users.username:login'")
                .hasMessageContaining("'@renamed from=username' on line 3");
    }
}
