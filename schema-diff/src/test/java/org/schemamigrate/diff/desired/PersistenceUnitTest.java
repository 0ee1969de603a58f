package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.DatabaseKind;

/** The units of src/test/resources/META-INF/persistence.xml. */
class PersistenceUnitTest {
    private static final ClassLoader LOADER = PersistenceUnitTest.class.getClassLoader();
    private static final String SHOP = "org.schemamigrate.diff.desired.shop.";

    private static EntityModel model(String naming) {
        return new EntityModel(List.of(), DatabaseKind.POSTGRESQL, null, naming, naming, "unused");
    }

    @Test
    void aUnitWithExcludedUnlistedClassesHasOnlyItsListedClassesAndNoConnectionSettings() {
        PersistenceUnit unit = PersistenceUnit.load(LOADER, "catalogue");

        assertThat(unit.classNames()).containsExactly(SHOP + "Book", SHOP + "Product");
        assertThat(unit.settings()).containsOnlyKeys("hibernate.physical_naming_strategy");
    }

    @Test
    void theUnitsNamingPropertyShapesTheDdlUnlessTheNamingIsSetExplicitly() {
        PersistenceUnit unit = PersistenceUnit.load(LOADER, "catalogue");

        assertThat(HibernateDdlGenerator.createDdl(LOADER, unit, model(null))).contains("create table product ")
                .doesNotContain("customer");
        assertThat(HibernateDdlGenerator.createDdl(LOADER, unit, model("jpa"))).contains("create table Product ");
    }

    @Test
    void aUnitWithoutNamingPropertyGetsHibernatesDefaultNamingNotSpring() {
        PersistenceUnit unit = PersistenceUnit.load(LOADER, "plain");

        assertThat(HibernateDdlGenerator.createDdl(LOADER, unit, model(null))).contains("create table Product ");
    }

    @Test
    void aUnitWithoutExclusionTakesEveryManagedClassOfItsRoot() {
        PersistenceUnit unit = PersistenceUnit.load(LOADER, "everything");

        assertThat(unit.classNames()).contains(SHOP + "Address", SHOP + "Book", SHOP + "CardPayment",
                SHOP + "Customer", SHOP + "ParcelShipment", SHOP + "Payment", SHOP + "Product", SHOP + "Shipment",
                HibernateDdlGeneratorTest.class.getName() + "$BrokenEntity");
    }

    @Test
    void anUnknownUnitNamesTheUnitsThatExist() {
        assertThatThrownBy(() -> PersistenceUnit.load(LOADER, "shop"))
                .hasMessageContaining("migration.persistenceUnit=shop: no such unit")
                .hasMessageContaining("persistence.xml")
                .hasMessageContaining("Units found: catalogue, everything, plain");
    }
}
