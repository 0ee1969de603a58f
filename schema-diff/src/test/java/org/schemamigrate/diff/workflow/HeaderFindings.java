package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on the findings block of a generated file's header. */
public final class HeaderFindings {
    private static final Pattern FINDING = Pattern.compile("--   line (\\d+): (\\S+) ");

    private HeaderFindings() {
    }

    /** There are findings, and every "line N: CODE" names a line that holds SQL (not a comment or a blank). */
    public static void assertPointAtStatements(String file) {
        List<String> lines = file.lines().toList();
        Matcher m = FINDING.matcher(file);
        int count = 0;
        while (m.find()) {
            String line = lines.get(Integer.parseInt(m.group(1)) - 1);
            assertThat(line).as("line " + m.group(1) + " of\n" + file).doesNotStartWith("--").isNotBlank();
            count++;
        }
        assertThat(count).as("findings in\n" + file).isPositive();
    }
}
