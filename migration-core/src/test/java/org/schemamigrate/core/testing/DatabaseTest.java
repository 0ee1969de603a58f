package org.schemamigrate.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Runs the test once per database kind, each time with a fresh, empty database passed as a
 * {@link TestDatabase} parameter. The embedded servers start once per JVM and are shared.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EmbeddedDatabaseExtension.class)
public @interface DatabaseTest {
    /** Which servers to run on; MySQL is not embeddable here, so it is not a choice. */
    DatabaseKind[] value() default {DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB};
}
