package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The result of the desired stage: the schema as DDL, with a label for the generated files' headers. Either
 * Hibernate's create DDL for the project's entities, or a schema file.
 */
public record DesiredSchema(String ddl, String label) {

    /** The schema file given with migration.desired. */
    public static DesiredSchema fromFile(Path file) {
        try {
            return new DesiredSchema(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot read the schema file "
                    + file.toAbsolutePath() + " (set with migration.desired): " + e.getMessage() + ".", e);
        }
    }

    /**
     * The create DDL of the project's entities, booted like the application boots them (see {@link EntityScope},
     * {@link SpringSettings}, {@link HibernateRuntime}). What was taken from where goes to {@code log} before
     * Hibernate builds the model; bad settings fail before Hibernate is even loaded.
     */
    public static DesiredSchema fromEntities(ProjectClasspath project, EntityModel model, Consumer<String> log) {
        SpringSettings settings = model.persistenceUnit() != null ? null
                : SpringSettings.read(project, model.springProfiles(), model.settingsSources());
        try (HibernateRuntime hibernate = HibernateRuntime.forProject(project.classpath())) {
            return fromEntities(project, model, log, settings, hibernate);
        }
    }

    private static DesiredSchema fromEntities(ProjectClasspath project, EntityModel model, Consumer<String> log,
                                              SpringSettings settings, HibernateRuntime hibernate) {
        HibernateEnvironment environment = HibernateEnvironment.read(project, model.settingsSources());
        Map<String, String> merged = new TreeMap<>(environment.settings());
        PersistenceUnit unit;
        String where;
        String labelWhere;
        if (settings == null) {
            // as Hibernate merges them: hibernate.properties, then system properties, then the unit's own
            PersistenceUnit declared = PersistenceUnit.load(hibernate.loader(), model.persistenceUnit());
            merged.putAll(declared.settings());
            unit = new PersistenceUnit(declared.name(), declared.classNames(), declared.mappingFiles(), merged);
            where = "persistence unit " + unit.name();
            labelWhere = " of " + where;
            log.accept("Settings: " + where + (environment.sources().isEmpty() ? ""
                    : "; beneath it " + String.join(", ", environment.sources())));
        } else {
            EntityScope scope = EntityScope.find(project, model.packages());
            // Spring Boot always passes naming strategies of its own, over Hibernate's environment
            merged.keySet().removeAll(List.of(PersistenceUnit.PHYSICAL_NAMING, PersistenceUnit.IMPLICIT_NAMING));
            merged.putAll(settings.hibernate());
            unit = new PersistenceUnit(null, scope.classNames(), List.of(), merged);
            where = scope.where();
            // the project's own classes are the default: the header names only a choice
            labelWhere = where.equals(project.outputDirectory().toString()) ? "" : " in " + where;
            List<String> overrides = new ArrayList<>(environment.sources());
            overrides.addAll(settings.overrides());
            log.accept("Settings: " + (settings.files().isEmpty() ? "no application.properties or .yml"
                    : String.join(", ", settings.files())) + (settings.profiles().isEmpty() ? ""
                    : " (profiles " + String.join(", ", settings.profiles()) + ")")
                    + (overrides.isEmpty() ? "" : "; also " + String.join(", ", overrides)));
        }
        int count = unit.classNames().size();
        String classes = count + " JPA " + (count == 1 ? "class" : "classes");
        boolean validator = BeanValidation.appliesToDdl(hibernate, unit.settings());
        log.accept("Entities: " + classes + " in " + where);
        log.accept("Hibernate: " + hibernate.label() + "; Bean Validation applied to DDL: "
                + (validator ? "yes" : hibernate.hasValidator() ? "no (switched off in the settings)"
                : "no (no validator on the classpath)"));
        String ddl = HibernateDdlGenerator.createDdl(hibernate, unit, model);
        NamingStrategies.Choice naming = NamingStrategies.choose(unit, model);
        return new DesiredSchema(ddl, classes + labelWhere + " (" + model.kind().displayName() + " dialect, naming "
                + naming.physical() + (naming.implicit().equals(naming.physical()) ? "" : "/" + naming.implicit())
                + (validator ? ", Bean Validation" : "") + "), " + hibernate.label());
    }
}
