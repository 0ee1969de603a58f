package org.schemamigrate.diff.desired;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Spring Boot reads besides the application's files, highest precedence first: the command line (Java
 * system properties, and Maven user properties {@code -D…}), then the environment variables. Relative
 * {@code file:} imports resolve against the working directory, as the application started there would.
 *
 * @param commandLine      system properties and Maven user properties, e.g. {@code spring.jpa.hibernate.…}
 * @param environment      environment variables, e.g. {@code SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY}
 * @param workingDirectory where the application runs (the project's base directory)
 */
public record SettingsSources(Map<String, String> commandLine, Map<String, String> environment,
                              Path workingDirectory) {
    public SettingsSources {
        commandLine = Map.copyOf(commandLine);
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory == null ? Path.of("").toAbsolutePath() : workingDirectory;
    }

    /** This JVM's system properties and environment, in the current directory. */
    public static SettingsSources ofProcess() {
        return withCommandLine(Map.of(), null);
    }

    /** This JVM's system properties overridden by {@code userProperties}, and its environment. */
    public static SettingsSources withCommandLine(Map<String, String> userProperties, Path workingDirectory) {
        Map<String, String> commandLine = new TreeMap<>();
        System.getProperties().forEach((k, v) -> commandLine.put(String.valueOf(k), String.valueOf(v)));
        commandLine.putAll(userProperties);
        return new SettingsSources(commandLine, System.getenv(), workingDirectory);
    }

    /** Files only: no command line, no environment. */
    public static SettingsSources none() {
        return new SettingsSources(Map.of(), Map.of(), null);
    }
}
