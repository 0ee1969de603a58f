package org.schemamigrate.boot.fleet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;

/** A JPA application whose entity maps a table that only the tenant fleet's migrations create. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan(basePackageClasses = Invoice.class)
public class TenantApplication {
}
