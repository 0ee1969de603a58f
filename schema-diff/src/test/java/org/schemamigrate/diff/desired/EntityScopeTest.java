package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.diff.desired.bootapp.ShopApplication;
import org.schemamigrate.diff.desired.clinic.Medication;
import org.schemamigrate.diff.desired.clinic.Prescription;
import org.schemamigrate.diff.desired.clinicsupport.LocalDateAsTimestamp;

class EntityScopeTest {
    @TempDir
    Path output;
    @TempDir
    Path library;

    @Test
    void entityScanPackagesAreScannedOnTheWholeClasspathAndNothingElse() throws IOException {
        copy(ShopApplication.class, output);
        copy(Prescription.class, library);
        copy(Medication.class, library);
        copy(LocalDateAsTimestamp.class, library);

        EntityScope scope = EntityScope.find(new ProjectClasspath(output, List.of(output, library)), List.of());

        assertThat(scope.classNames()).containsExactly(Medication.class.getName(), Prescription.class.getName());
        assertThat(scope.where()).contains("org.schemamigrate.diff.desired.clinic", "@EntityScan on "
                + ShopApplication.class.getName());
    }

    @Test
    void withoutBootOnlyTheOutputDirectoryCountsAndPackagesReachIntoJars() throws IOException {
        copy(Prescription.class, output);
        copy(LocalDateAsTimestamp.class, library);
        ProjectClasspath project = new ProjectClasspath(output, List.of(output, library));

        assertThat(EntityScope.find(project, List.of()).classNames()).containsExactly(Prescription.class.getName());
        assertThat(EntityScope.find(project, List.of("org.schemamigrate.diff.desired.clinicsupport")).classNames())
                .containsExactly(LocalDateAsTimestamp.class.getName());
    }

    private static void copy(Class<?> type, Path root) throws IOException {
        String file = type.getName().replace('.', '/') + ".class";
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        try {
            Path classes = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.copy(classes.resolve(file), target);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
