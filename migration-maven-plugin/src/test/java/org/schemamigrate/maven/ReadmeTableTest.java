package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** README-goals.md's table of every property lists each property with exactly the goals that read it. */
class ReadmeTableTest {

    @Test
    void theTableMatchesTheRegistry() throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("README-goals.md"));
        int start = lines.indexOf("### Every property of every goal");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("###")) {
                break;
            }
            if (line.startsWith("| `migration.")) {
                String[] cells = line.split("\\|");
                String property = cells[1].strip().replace("`", "");
                String goals = cells[2].strip();
                rows.put(property, goals.equals("every goal") ? List.copyOf(KnownProperties.GOALS.keySet())
                        : Arrays.stream(goals.split(",")).map(String::strip).toList());
            }
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(KnownProperties.all());
        rows.forEach((property, goals) -> assertThat(goals).as(property).containsExactlyInAnyOrderElementsOf(
                KnownProperties.GOALS.entrySet().stream().filter(e -> e.getValue().contains(property))
                        .map(Map.Entry::getKey).toList()));
    }
}
