package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusJson;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** /actuator/migrations and /actuator/health over HTTP, as an operator or a load balancer reads them. */
class ActuatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theEndpointServesTheStatusJsonAndHealthTurnsDownWhenDirty() throws Exception {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        try (ConfigurableApplicationContext context = apps.run(WebApplicationType.SERVLET, "server.port=0",
                "management.endpoints.web.exposure.include=health,migrations",
                "management.endpoint.health.show-details=always")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            Migrator migrator = context.getBean(Migrator.class);

            JsonNode status = get(base + "/actuator/migrations", 200);
            assertThat(status).isEqualTo(JSON.readTree(StatusJson.render(migrator.status())));
            assertThat(status.at("/current/version").asLong()).isEqualTo(2);
            assertThat(status.at("/migrations/1/state").asText()).isEqualTo("applied");

            JsonNode health = get(base + "/actuator/health", 200);
            assertThat(health.at("/components/migrations/status").asText()).isEqualTo("UP");
            assertThat(health.at("/components/migrations/details/version").asLong()).isEqualTo(2);

            // a later deployment (a pipeline's mvn migration:up, say) fails half-way
            apps.write("3_half_done.up.sql", "-- migration:no-transaction\nCREATE TABLE audit (id INT);\n"
                    + "INSERT INTO no_such_table VALUES (1);\n");
            assertThatThrownBy(migrator::up);

            assertThat(get(base + "/actuator/health", 503).at("/components/migrations/status").asText())
                    .isEqualTo("DOWN");
            assertThat(get(base + "/actuator/migrations", 200).at("/current/dirty").asBoolean()).isTrue();
        }
    }

    @Test
    void theEndpointCountsTheTenantFleetsTargetsPerVersion(@TempDir Path tenants) throws Exception {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.execute("CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b");
        Files.writeString(tenants.resolve("1_create_invoice.up.sql"), "CREATE TABLE invoice (id INT);\n");
        try (ConfigurableApplicationContext context = apps.run(WebApplicationType.SERVLET, "server.port=0",
                "management.endpoints.web.exposure.include=migrations",
                "schemamigrate.fleet.location=filesystem:" + tenants, "schemamigrate.fleet.targets-pattern=tenant_%")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            Files.writeString(tenants.resolve("2_add_note.up.sql"), "ALTER TABLE invoice ADD note TEXT;\n");

            JsonNode fleet = get(base + "/actuator/migrations", 200).get("fleet");

            assertThat(fleet.get("targets").asInt()).isEqualTo(2);
            assertThat(fleet.at("/versions/0/version").asLong()).isEqualTo(1);
            assertThat(fleet.at("/versions/0/targets").asLong()).isEqualTo(2);
            assertThat(fleet.get("pendingTargets").asInt()).isEqualTo(2);
            assertThat(fleet.get("failed")).isEmpty();
        }
    }

    private static JsonNode get(String url, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
