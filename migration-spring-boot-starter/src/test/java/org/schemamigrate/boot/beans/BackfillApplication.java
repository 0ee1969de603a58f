package org.schemamigrate.boot.beans;

import java.sql.PreparedStatement;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.core.JavaMigration;
import org.schemamigrate.core.MigrationVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** An application whose Java migration is a Spring bean that uses the application's configuration. */
@Configuration(proxyBeanMethods = false)
@Import(PlainApplication.class)
public class BackfillApplication {

    @Bean
    JavaMigration backfillCustomerName(Environment environment) {
        return new Backfill(environment.getProperty("backfill.name", "unknown"));
    }

    @MigrationVersion(value = 3, name = "backfill_customer")
    static final class Backfill implements JavaMigration {
        private final String name;

        Backfill(String name) {
            this.name = name;
        }

        @Override
        public void up(Context context) throws Exception {
            try (PreparedStatement insert = context.connection()
                    .prepareStatement("INSERT INTO customer (id, name) VALUES (2, ?)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
        }
    }
}
