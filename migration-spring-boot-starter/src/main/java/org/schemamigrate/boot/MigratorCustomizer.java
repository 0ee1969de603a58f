package org.schemamigrate.boot;

import org.schemamigrate.core.Migrator;

/** A bean of this type adjusts the starter's Migrator before it is built, for settings without a property. */
@FunctionalInterface
public interface MigratorCustomizer {
    void customize(Migrator.Builder builder);
}
