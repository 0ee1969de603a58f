package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionResolverTest {
    private static final String PG = "jdbc:postgresql://db.example.com:5432/shop";
    private static final ServerCredentials.Lookup SERVERS = id -> switch (id) {
        case "prod" -> new ServerCredentials("prod", "deployer", "s3cret");
        case "user-only" -> new ServerCredentials("user-only", "deployer", null);
        case "empty" -> new ServerCredentials("empty", null, null);
        default -> null;
    };

    private static ResolvedConnection resolve(Map<String, String> env, String url, String user, String password,
                                              String serverId) {
        return new ConnectionResolver(env, SERVERS).resolve(new ConnectionSettings(url, user, password, serverId));
    }

    @Test
    void nothingConfiguredMeansTheEmbeddedPostgresSandbox() {
        ResolvedConnection c = resolve(Map.of(), null, null, null, null);
        assertThat(c.embedded()).isTrue();
        assertThat(c.sandbox()).isEqualTo(Sandbox.Kind.POSTGRES);
        assertThat(c.defaulted()).isTrue();
        assertThat(c.user()).isNull();
    }

    @Test
    void blankSettingsCountAsUnset() {
        assertThat(resolve(Map.of("MIGRATION_URL", " "), " ", "", null, "").defaulted()).isTrue();
    }

    @Test
    void embeddedMariaDbIsSelectedByUrl() {
        ResolvedConnection c = resolve(Map.of(), "embedded:mariadb", null, null, null);
        assertThat(c.sandbox()).isEqualTo(Sandbox.Kind.MARIADB);
        assertThat(c.defaulted()).isFalse();
        assertThat(resolve(Map.of(), "embedded:postgres", null, null, null).sandbox())
                .isEqualTo(Sandbox.Kind.POSTGRES);
    }

    @Test
    void unknownEmbeddedKindIsAnError() {
        assertThatThrownBy(() -> resolve(Map.of(), "embedded:oracle", null, null, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("embedded:postgres or embedded:mariadb");
    }

    @Test
    void explicitSettingsWin() {
        ResolvedConnection c = resolve(Map.of(), PG, "app", "pw", null);
        assertThat(c.url()).isEqualTo(PG);
        assertThat(c.user()).isEqualTo("app");
        assertThat(c.password()).isEqualTo("pw");
        assertThat(c.userSource()).isEqualTo("migration.user");
    }

    @Test
    void environmentIsUsedWhenNoPropertyIsGiven() {
        Map<String, String> env = Map.of("MIGRATION_URL", PG, "MIGRATION_USER", "ci", "MIGRATION_PASSWORD", "ci-pw");
        ResolvedConnection c = resolve(env, null, null, null, null);
        assertThat(c.url()).isEqualTo(PG);
        assertThat(c.user()).isEqualTo("ci");
        assertThat(c.password()).isEqualTo("ci-pw");
        assertThat(c.userSource()).contains("MIGRATION_USER");
    }

    @Test
    void propertiesBeatTheEnvironmentOneByOne() {
        Map<String, String> env = Map.of("MIGRATION_URL", "jdbc:mysql://other/db", "MIGRATION_USER", "ci",
                "MIGRATION_PASSWORD", "ci-pw");
        ResolvedConnection c = resolve(env, PG, "app", null, null);
        assertThat(c.url()).isEqualTo(PG);
        assertThat(c.user()).isEqualTo("app");
        // the password was not given explicitly: the environment fills it
        assertThat(c.password()).isEqualTo("ci-pw");
    }

    @Test
    void serverSuppliesUserAndPassword() {
        ResolvedConnection c = resolve(Map.of(), PG, null, null, "prod");
        assertThat(c.user()).isEqualTo("deployer");
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.userSource()).contains("<server> 'prod'");
    }

    @Test
    void serverAndEnvironmentCombineWhenTheServerLacksThePassword() {
        ResolvedConnection c = resolve(Map.of("MIGRATION_PASSWORD", "env-pw"), PG, null, null, "user-only");
        assertThat(c.user()).isEqualTo("deployer");
        assertThat(c.password()).isEqualTo("env-pw");
    }

    @Test
    void passwordInTwoPlacesNamesBoth() {
        assertThatThrownBy(() -> resolve(Map.of(), PG, null, "pw", "prod"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The database password is set in two places: by migration.password and by the"
                        + " <server> 'prod' of settings.xml (migration.serverId). Keep one of them.");
    }

    @Test
    void userInTwoPlacesNamesBoth() {
        assertThatThrownBy(() -> resolve(Map.of(), PG, "app", null, "prod"))
                .hasMessageContaining("user is set in two places: by migration.user and by the <server> 'prod'");
    }

    @Test
    void credentialsInTheUrlConflictWithOtherSources() {
        assertThatThrownBy(() -> resolve(Map.of(), PG + "?user=a&password=b", null, "pw", null))
                .hasMessageContaining("password is set in two places: by migration.password and by the URL")
                .hasMessageNotContaining("=b");
        assertThatThrownBy(() -> resolve(Map.of(), "jdbc:mysql://app:pw@db/shop", "app", null, null))
                .hasMessageContaining("user is set in two places");
        assertThatThrownBy(() -> resolve(Map.of(), "jdbc:mysql://app:pw@db/shop", null, null, "prod"))
                .hasMessageContaining("set in two places");
    }

    @Test
    void credentialsOnlyInTheUrlAreFine() {
        ResolvedConnection c = resolve(Map.of("MIGRATION_PASSWORD", "ignored"), PG + "?user=a&password=b", null,
                null, null);
        assertThat(c.user()).isNull();
        assertThat(c.password()).isNull();
        assertThat(c.maskedUrl()).isEqualTo(PG + "?user=a&password=***");
    }

    @Test
    void credentialsWithoutUrlAreAnErrorNotASilentSandbox() {
        assertThatThrownBy(() -> resolve(Map.of(), null, null, null, "prod"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no database URL is")
                .hasMessageContaining("migration.url=embedded:postgres");
        assertThatThrownBy(() -> resolve(Map.of("MIGRATION_USER", "ci"), null, null, null, null))
                .hasMessageContaining("MIGRATION_USER");
    }

    @Test
    void credentialsOnAnExplicitSandboxAreUsed() {
        ResolvedConnection c = resolve(Map.of(), "embedded:postgres", null, null, "prod");
        assertThat(c.embedded()).isTrue();
        assertThat(c.user()).isEqualTo("deployer");
    }

    @Test
    void unknownServerIdIsAnError() {
        assertThatThrownBy(() -> resolve(Map.of(), PG, null, null, "nope"))
                .hasMessageContaining("migration.serverId is 'nope' but settings.xml has no <server> with that id");
        assertThatThrownBy(() -> resolve(Map.of(), PG, null, null, "empty"))
                .hasMessageContaining("neither a <username> nor a <password>");
    }

    @Test
    void nonJdbcUrlIsAnErrorWithoutThePassword() {
        assertThatThrownBy(() -> resolve(Map.of(), "postgresql://u:topsecret@db/x", null, null, null))
                .hasMessageContaining("is not a JDBC URL")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void toStringsNeverShowPasswords() {
        assertThat(new ServerCredentials("prod", "u", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(resolve(Map.of(), PG, "app", "s3cret", null).toString()).doesNotContain("s3cret");
    }
}
