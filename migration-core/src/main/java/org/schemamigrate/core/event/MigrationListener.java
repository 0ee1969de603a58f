package org.schemamigrate.core.event;

/** Receives the engine's events, on the thread that runs the migration. */
@FunctionalInterface
public interface MigrationListener {
    void onEvent(MigrationEvent event);
}
