package org.schemamigrate.maven;

import java.util.Locale;

/** -Dmigration.batch of migration:down: only "last", and never together with -Dsteps or -Dto. */
final class BatchOption {
    static final String LAST = "last";

    private BatchOption() {
    }

    /** True when the goal is to roll back the last batch; a bad value or combination is a ConfigurationException. */
    static boolean last(String batch, Integer steps, String to) {
        if (batch == null || batch.isBlank()) {
            return false;
        }
        if (!LAST.equals(batch.trim().toLowerCase(Locale.ROOT))) {
            throw new ConfigurationException("migration.batch accepts only 'last' (roll back the migrations of the"
                    + " most recent up run, newest first); got '" + batch + "'. To roll back a number of migrations"
                    + " use -Dsteps=N, down to a version -Dto=VERSION.");
        }
        boolean hasTo = to != null && !to.isBlank();
        if (steps != null || hasTo) {
            String other = steps != null && hasTo ? "-Dsteps and -Dto" : steps != null ? "-Dsteps" : "-Dto";
            throw new ConfigurationException("Give either -Dmigration.batch=last or " + other + ", not both:"
                    + " the last batch alone decides which migrations are rolled back. Nothing was rolled back.");
        }
        return true;
    }
}
