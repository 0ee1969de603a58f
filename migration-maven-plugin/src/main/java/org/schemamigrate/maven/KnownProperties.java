package org.schemamigrate.maven;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which goal reads which property: the registry the unknown-property check, the goals table of README-goals.md
 * and the tests go by. Each property is declared (type, default, description) once, in {@link MigrationParameters};
 * its pom {@code <configuration>} key is the part after {@code migration.}.
 */
final class KnownProperties {
    static final String PREFIX = "migration.";

    static final List<String> EVERY_GOAL = List.of("migration.dir", "migration.skip");
    static final List<String> CONNECTION = List.of("migration.url", "migration.user", "migration.password",
            "migration.serverId", "migration.requireUrl", "migration.sandboxDir");
    static final List<String> HISTORY = List.of("migration.schema", "migration.table", "migration.lockTimeout",
            "migration.outOfOrder", "migration.javaPackages");
    static final List<String> RUN = List.of("migration.dryRun", "migration.allowDestructive", "migration.backup",
            "migration.backupDir", "migration.preChecks", "migration.steps", "migration.to");
    static final List<String> FLEET = List.of("migration.targets", "migration.targetsFile",
            "migration.targetsQuery", "migration.targetsPattern", "migration.parallel", "migration.maxConnections",
            "migration.canary", "migration.failFast");
    /** A fleet check reads each target as it stands: no canary or fail-fast; the history table is left out. */
    static final List<String> FLEET_CHECK = List.of("migration.targets", "migration.targetsFile",
            "migration.targetsQuery", "migration.targetsPattern", "migration.parallel", "migration.maxConnections",
            "migration.table", "migration.format", "migration.output");
    static final List<String> DIFF = List.of("migration.dialect", "migration.databaseVersion", "migration.devUrl",
            "migration.devUser", "migration.devPassword", "migration.packages", "migration.namingStrategy",
            "migration.implicitNamingStrategy", "migration.springProfiles", "migration.persistenceUnit",
            "migration.desired", "migration.from", "migration.schema", "migration.ddlLockTimeout", "migration.exclude",
            "migration.cache", "migration.devServerIdle");

    /** The bare properties of the first releases, still read, and the property each stands for. */
    static final Map<String, String> ALIASES = Map.of("steps", "migration.steps", "to", "migration.to",
            "version", "migration.version", "name", "migration.name");

    static final Map<String, Set<String>> GOALS = new LinkedHashMap<>();

    static {
        goal("up", CONNECTION, HISTORY, RUN, FLEET, List.of("migration.deployment", "migration.singleTransaction"));
        goal("down", CONNECTION, HISTORY, RUN, FLEET, List.of("migration.batch"));
        goal("force", CONNECTION, HISTORY, List.of("migration.version"));
        goal("repair", CONNECTION, HISTORY, List.of("migration.version"));
        goal("baseline", CONNECTION, HISTORY, List.of("migration.version"));
        goal("version", CONNECTION, HISTORY);
        goal("status", CONNECTION, HISTORY, FLEET, List.of("migration.format", "migration.output"));
        goal("validate", CONNECTION, HISTORY, FLEET);
        goal("create", List.of("migration.name", "migration.versioning"));
        goal("hash");
        goal("stop-dev");
        goal("lint", List.of("migration.dialect", "migration.url", "migration.format", "migration.failOn",
                "migration.direction", "migration.latest"));
        goal("test", List.of("migration.dialect", "migration.devUrl", "migration.devUser", "migration.devPassword",
                "migration.testData", "migration.requireDown", "migration.latest", "migration.format",
                "migration.output"));
        goal("diff", DIFF, CONNECTION, List.of("migration.name", "migration.versioning", "migration.renames",
                "migration.online"));
        goal("check", DIFF, CONNECTION, List.of("migration.renames", "migration.online"), FLEET_CHECK);
        goal("init", DIFF, CONNECTION, List.of("migration.name"));
    }

    private KnownProperties() {
    }

    @SafeVarargs
    private static void goal(String goal, List<String>... groups) {
        Set<String> properties = new LinkedHashSet<>(EVERY_GOAL);
        Stream.of(groups).forEach(properties::addAll);
        GOALS.put(goal, properties);
    }

    /** Every property some goal reads. */
    static Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        GOALS.values().forEach(all::addAll);
        return all;
    }

    /** The properties of a goal; empty for a goal with none (help). */
    static Set<String> of(String goal) {
        return GOALS.getOrDefault(goal, Set.of());
    }

    /** The pom {@code <configuration>} key of a property: migration.dryRun is {@code <dryRun>}. */
    static String configKey(String property) {
        return property.startsWith(PREFIX) ? property.substring(PREFIX.length()) : property;
    }
}
