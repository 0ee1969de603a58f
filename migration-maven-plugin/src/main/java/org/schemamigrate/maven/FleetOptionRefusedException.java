package org.schemamigrate.maven;

/**
 * A setting that makes no sense over a fleet (migration.to, batch, deployment, …) was given together with
 * migration.targets*; refused before anything connects. {@code option()} names it.
 */
public final class FleetOptionRefusedException extends ConfigurationException {
    private final String option;
    private final String goal;

    FleetOptionRefusedException(String option, String goal, String message) {
        super(message);
        this.option = option;
        this.goal = goal;
    }

    /** The refused property, e.g. migration.to. */
    public String option() {
        return option;
    }

    /** The goal that refused it. */
    public String goal() {
        return goal;
    }
}
