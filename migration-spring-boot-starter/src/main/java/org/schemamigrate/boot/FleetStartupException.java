package org.schemamigrate.boot;

import java.util.List;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The tenant fleet ({@code schemamigrate.fleet.*}) stopped the start-up: some targets failed (or, validate-only,
 * are pending or disagree). Its code is the first refused target's; {@link #refused()} and {@link #skipped()} are
 * the facts per target for tools and tests. The targets not named are migrated (each in its own history), so a
 * restart after the fix resumes where each target stands.
 */
public class FleetStartupException extends MigrationException {
    private final boolean validateOnly;
    private final List<Refusal> refused;
    private final List<String> skipped;

    /**
     * One target that stopped the start-up: its name, why (code), the first line of its error, and whether it is
     * left dirty (a migration failed part-way: it needs repair and migration:force before it runs again).
     */
    public record Refusal(String target, ErrorCode code, String error, boolean dirty) {
    }

    FleetStartupException(boolean validateOnly, List<Refusal> refused, List<String> skipped, String message) {
        super(refused.get(0).code(), message);
        this.validateOnly = validateOnly;
        this.refused = List.copyOf(refused);
        this.skipped = List.copyOf(skipped);
    }

    /** True when schemamigrate.validate-only refused pending or disagreeing targets; false when a run failed. */
    public boolean validateOnly() {
        return validateOnly;
    }

    public List<Refusal> refused() {
        return refused;
    }

    /** Targets not attempted after a failure (canary or fail-fast). */
    public List<String> skipped() {
        return skipped;
    }
}
