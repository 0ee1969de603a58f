package org.schemamigrate.examples.boot;

import org.schemamigrate.examples.library.Book;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The library as a Spring Boot application. The starter applies db/migration (from the migration-examples jar)
 * at start-up, before Hibernate validates the entities against the schema (ddl-auto=validate).
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Book.class)
public class LibraryApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LibraryApplication.class);
        application.addInitializers(new SandboxDatabase());
        application.run(args);
    }
}
