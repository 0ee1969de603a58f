package org.schemamigrate.maven;

import java.util.List;
import java.util.Properties;

/**
 * The bare -Dsteps, -Dto, -Dversion and -Dname of the first releases: read when the migration.* property is not
 * set. Both set to different values is an error rather than a guess.
 */
final class Aliases {
    private Aliases() {
    }

    static void apply(MigrationParameters p, List<Properties> sources) {
        String steps = read(sources, "steps", p.steps == null ? null : p.steps.toString());
        p.steps = steps == null ? null : parseSteps(steps);
        p.to = read(sources, "to", p.to);
        p.version = read(sources, "version", p.version);
        p.name = read(sources, "name", p.name);
    }

    private static String read(List<Properties> sources, String bare, String value) {
        String alias = sources.stream().map(s -> s.getProperty(bare)).filter(v -> v != null).findFirst().orElse(null);
        if (alias == null || alias.equals(value)) {
            return value;
        }
        if (value != null) {
            throw new ConfigurationException("-D" + bare + "=" + alias + " and migration." + bare + "=" + value
                    + " disagree: give one of them (migration." + bare + " is the full name, " + bare
                    + " its short alias).");
        }
        return alias;
    }

    private static Integer parseSteps(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ConfigurationException("migration.steps (-Dsteps) must be a number of migrations; got '"
                    + text + "'.");
        }
    }
}
