package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** Unknown -Dmigration.* properties and configuration keys fail, naming the nearest known one. */
class PropertyCheckTest {

    private static Properties properties(String... namesAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return p;
    }

    private static Xpp3Dom config(String... keys) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        for (String key : keys) {
            Xpp3Dom child = new Xpp3Dom(key);
            child.setValue("x");
            dom.addChild(child);
        }
        return dom;
    }

    @Test
    void aMisspelledSafetySwitchFailsNamingTheRealOne() {
        assertThatThrownBy(() -> PropertyCheck.check("up", List.of(properties("migration.dryrun", "true")), null,
                null)).isInstanceOfSatisfying(UnknownPropertyException.class, e -> {
                    assertThat(e.property()).isEqualTo("migration.dryrun");
                    assertThat(e.nearest()).isEqualTo("migration.dryRun");
                });
    }

    @Test
    void knownPropertiesOfAnyGoalPassBecauseOneRunMayHaveSeveralGoals() {
        PropertyCheck.check("create", List.of(properties("migration.dryRun", "true", "migration.name", "x",
                "name", "y", "other.property", "z")), config("url", "dir"), null);
    }

    @Test
    void anUnknownConfigurationKeyFailsWithTheNearestKey() {
        assertThatThrownBy(() -> PropertyCheck.check("up", List.of(), config("url", "alowDestructive"), null))
                .isInstanceOfSatisfying(UnknownPropertyException.class,
                        e -> assertThat(e.nearest()).isEqualTo("allowDestructive"));
    }

    @Test
    void anExecutionsOwnKeyMustBeReadByItsGoal() {
        PropertyCheck.check("up", List.of(), null, config("allowDestructive"));
        assertThatThrownBy(() -> PropertyCheck.check("status", List.of(), null, config("allowDestructive")))
                .isInstanceOf(UnknownPropertyException.class)
                .hasMessageContaining("another goal reads it");
        // a plugin-level key is merged into every execution: not this execution's own
        PropertyCheck.check("status", List.of(), config("allowDestructive"), config("allowDestructive"));
    }

    @Test
    void nearestKnownProperty() {
        assertThat(PropertyCheck.nearest("migration.skp", KnownProperties.all())).isEqualTo("migration.skip");
    }

    @Test
    void aCommandLineValueThatThePomOverridesIsNamedWithTheFix() {
        Xpp3Dom pom = new Xpp3Dom("configuration");
        for (String[] kv : new String[][] {{"dialect", "postgresql"}, {"password", "secret1"}, {"packages", "a.b"}}) {
            Xpp3Dom child = new Xpp3Dom(kv[0]);
            child.setValue(kv[1]);
            pom.addChild(child);
        }
        List<String> warnings = PropertyCheck.overridden(List.of(properties("migration.dialect", "mariadb",
                "migration.password", "secret2", "migration.packages", "a.b")), pom, null);

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("-Dmigration.dialect=mariadb", "<dialect>postgresql</dialect>",
                "${migration.dialect}");
        assertThat(warnings.get(1)).contains("-Dmigration.password").doesNotContain("secret1", "secret2");
    }
}
