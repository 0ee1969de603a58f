package org.schemamigrate.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.schemamigrate.boot.test.EmbeddedMigrationDatabase;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example on Boot 4: migrated at start-up, Hibernate validates, Actuator reports the migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedMigrationDatabase
class LibraryApplicationTest {
    @LocalServerPort
    int port;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Migrator migrator;

    @Test
    void startsOnTheMigratedSchemaAndReportsItThroughActuator() throws Exception {
        assertThat(entityManager.createQuery("select count(b) from Book b", Long.class).getSingleResult()).isZero();

        JsonNode migrations = get("/actuator/migrations");
        // the same JSON as mvn migration:status -Dmigration.format=json (key order is Jackson's business)
        assertThat(migrations).isEqualTo(JsonMapper.builder().build().readTree(StatusJson.render(migrator.status())));
        assertThat(migrations.at("/current/version").asLong()).isEqualTo(20261123010334L);
        assertThat(migrations.at("/summary").asString())
                .isEqualTo("3 migrations: 3 applied; current version 20261123010334 add_reservations_and_fines");

        JsonNode health = get("/actuator/health");
        assertThat(health.at("/components/migrations/status").asString()).isEqualTo("UP");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
