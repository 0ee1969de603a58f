package org.schemamigrate.boot.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with a DataSource and JDBC but no JPA (JPA's own start-up would slow every test down). */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration"})
public class PlainApplication {
}
