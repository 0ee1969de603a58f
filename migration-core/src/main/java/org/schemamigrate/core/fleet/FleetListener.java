package org.schemamigrate.core.fleet;

/** Progress of a fleet run, called from the worker threads as each target finishes. */
@FunctionalInterface
public interface FleetListener {
    /**
     * @param done     targets finished so far (this one included), skipped ones not counted
     * @param total    targets in the fleet
     * @param failures targets failed so far
     */
    void targetFinished(TargetResult result, int done, int total, int failures);
}
