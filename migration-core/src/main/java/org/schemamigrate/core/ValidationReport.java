package org.schemamigrate.core;

import java.util.List;
import java.util.stream.Collectors;

/** The result of validate(): empty when the directory and the database agree. */
public record ValidationReport(List<ValidationProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** All problems, one per line, each with its fix. */
    public String describe() {
        if (problems.isEmpty()) {
            return "The migration directory and the database agree.";
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n" + problems.stream()
                .map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
}
