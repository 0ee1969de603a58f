package org.schemamigrate.boot.jpa;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;

/** A JPA application whose only entity maps a table that only the migrations create. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan(basePackageClasses = Customer.class)
public class JpaApplication {
}
