package org.schemamigrate.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Gives a {@link JavaMigration} its version and name when its class name does not follow V<version>_<name>. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MigrationVersion {
    long value();

    /** [a-z0-9_]+; default: derived from the class name (BackfillEmails → backfill_emails). */
    String name() default "";
}
