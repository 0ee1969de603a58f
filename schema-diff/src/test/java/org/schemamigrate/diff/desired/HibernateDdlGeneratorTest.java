package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

class HibernateDdlGeneratorTest {
    private static final String SHOP = "org.schemamigrate.diff.desired.shop";
    private static final ClassLoader LOADER = HibernateDdlGeneratorTest.class.getClassLoader();

    private static EntityModel model(DatabaseKind kind, String naming) {
        return new EntityModel(List.of(SHOP), kind, null, naming, naming, null);
    }

    @Test
    void theScannerFindsEntitiesEmbeddablesAndSuperclassesInThePackage() {
        assertThat(EntityScanner.scan(LOADER, List.of(SHOP))).extracting(n -> n.substring(SHOP.length() + 1))
                .containsExactly("Address", "Book", "CardPayment", "Customer", "ParcelShipment", "Payment",
                        "Product", "Shipment");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void theGeneratedDdlRunsOnTheRealDatabase(TestDatabase db) throws Exception {
        String ddl = HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                model(db.kind(), "spring"));

        execute(db, ddl);

        assertThat(db.tables()).contains("customer", "customer_tags", "customer_favourites", "product", "payment",
                "card_payment", "parcel_shipment");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void everyMappingComesThroughTheInspectorOnPostgres(TestDatabase db) throws Exception {
        execute(db, HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                model(DatabaseKind.POSTGRESQL, "spring")));

        Schema schema;
        try (Connection c = db.connection()) {
            schema = new PostgresInspector(InspectOptions.defaults()).inspect(c);
        }

        Table customer = schema.table("customer").orElseThrow();
        assertThat(customer.columns()).extracting(col -> col.name()).contains("full_name", "status",
                "ordinal_status", "version", "external_id", "preferences", "loyalty_points", "street", "postal_code")
                .doesNotContain("doubled_points");
        assertThat(customer.comment()).isEqualTo("people who buy things");
        assertThat(customer.column("preferences").orElseThrow().type().toString()).contains("json");
        assertThat(customer.column("external_id").orElseThrow().type().toString()).contains("uuid");
        assertThat(schema.sequences()).extracting(s -> s.name()).contains("customer_seq");
        assertThat(schema.table("product").orElseThrow().columns()).extracting(col -> col.name())
                .contains("dtype", "isbn");
        assertThat(new SchemaDiffer(new PostgresDiffHooks()).diff(schema, schema)).isEmpty();
    }

    @Test
    void jpaNamingKeepsHibernatesOwnNames() {
        String ddl = HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                model(DatabaseKind.POSTGRESQL, "jpa"));

        assertThat(ddl).contains("create table Customer_Product", "fullName");
        assertThat(HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                model(DatabaseKind.POSTGRESQL, "spring"))).contains("create table customer_favourites", "full_name");
    }

    @Test
    void noEntitiesIsAClearError() {
        assertThatThrownBy(() -> HibernateDdlGenerator.createDdl(LOADER, List.of(),
                new EntityModel(List.of("com.example.nothing"), DatabaseKind.POSTGRESQL, null, null, null, null)))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(DiffErrorCode.NO_ENTITIES))
                .hasMessageContaining("migration.packages");
    }

    @Test
    void anEntityHibernateRejectsIsNamedInTheError() {
        assertThatThrownBy(() -> HibernateDdlGenerator.createDdl(LOADER, List.of(BrokenEntity.class.getName()),
                model(DatabaseKind.POSTGRESQL, "spring")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(DiffErrorCode.ENTITY_REJECTED))
                .hasMessageContaining("Hibernate rejected the entity model")
                .hasMessageContaining("BrokenEntity");
    }

    @Test
    void anUnknownNamingStrategyClassIsAClearError() {
        assertThatThrownBy(() -> HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                model(DatabaseKind.POSTGRESQL, "com.example.NoSuchStrategy")))
                .hasMessageContaining("migration.namingStrategy=com.example.NoSuchStrategy cannot be loaded");
    }

    /** An entity without an @Id: Hibernate refuses it. */
    @jakarta.persistence.Entity
    static class BrokenEntity {
        String name;
    }

    private static void execute(TestDatabase db, String ddl) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (SqlStatement statement : RunnerDialect.of(db.kind()).splitter().split(ddl, "hibernate.sql")) {
                s.execute(statement.sql());
            }
        }
    }
}
