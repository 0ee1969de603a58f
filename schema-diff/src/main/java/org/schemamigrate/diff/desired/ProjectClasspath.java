package org.schemamigrate.diff.desired;

import java.nio.file.Path;
import java.util.List;

/**
 * The project the desired schema comes from.
 *
 * @param outputDirectory its compiled classes and resources (target/classes): the entities scanned by default
 *                        and where application.properties/.yml are read
 * @param classpath       its runtime classpath, the output directory included: its Hibernate, validator and
 *                        libraries
 */
public record ProjectClasspath(Path outputDirectory, List<Path> classpath) {
    public ProjectClasspath {
        classpath = List.copyOf(classpath);
    }
}
