package org.schemamigrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Proves every migration's down on a scratch database: up, down (must restore exactly), up again. */
@Mojo(name = "test", threadSafe = true)
public class TestMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        MigrationTestGoal.run(new MigrationTestGoal.Settings(dir.toPath(), dialect,
                SecretProperties.get(devUrl, session, "migration.devUrl"), devUser,
                SecretProperties.get(devPassword, session, "migration.devPassword"), testData, requireDown, latest,
                format, output, exclude), getLog());
    }
}
