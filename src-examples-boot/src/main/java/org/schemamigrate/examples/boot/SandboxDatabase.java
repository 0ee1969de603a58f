package org.schemamigrate.examples.boot;

import java.nio.file.Path;
import java.util.Map;
import org.schemamigrate.core.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Without spring.datasource.url, the example runs on an embedded PostgreSQL whose data stays in
 * target/boot-sandbox-db, so a second start finds its migrations applied. With the URL set (a real server), this
 * does nothing.
 */
final class SandboxDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().containsProperty("spring.datasource.url")) {
            return;
        }
        EmbeddedPostgres server = EmbeddedPostgres.start(Path.of("target", "boot-sandbox-db").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-sandbox-postgres"));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sandboxDatabase", Map.of(
                "spring.datasource.url", server.jdbcUrl(server.defaultDatabase()),
                "spring.datasource.username", server.user(),
                "spring.datasource.password", server.password())));
    }
}
