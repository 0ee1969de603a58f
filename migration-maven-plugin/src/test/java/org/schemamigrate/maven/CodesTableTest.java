package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.diff.DiffErrorCode;

/** The README's tables of finding codes and error codes list exactly the codes the code has. */
class CodesTableTest {
    private static final Path README = Path.of("../README.md");
    private static final Pattern FINDING_CODE = Pattern.compile("\"(SM\\d{3})\"");

    @Test
    void theErrorCodeTableListsEveryErrorCode() throws IOException {
        Set<String> codes = new TreeSet<>();
        Stream.of(CoreErrorCode.values()).map(ErrorCode::code).forEach(codes::add);
        Stream.of(DiffErrorCode.values()).map(ErrorCode::code).forEach(codes::add);
        assertThat(firstColumn("### Error codes")).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void theFindingCodeTableListsEveryCodeTheLinterReports() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../migration-core/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = FINDING_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(10);
        assertThat(firstColumn("### Finding codes")).containsExactlyInAnyOrderElementsOf(codes);
    }

    /** The first cell of each row of the section's table, without its backticks. */
    private static List<String> firstColumn(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        List<String> cells = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("| `")) {
                cells.add(line.split("\\|")[1].strip().replace("`", ""));
            }
        }
        return cells;
    }
}
