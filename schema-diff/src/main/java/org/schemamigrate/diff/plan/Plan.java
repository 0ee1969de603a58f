package org.schemamigrate.diff.plan;

import java.util.List;

/** The ordered steps that apply a list of changes. */
public record Plan(List<PlanStep> steps) {

    public Plan {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public boolean canLoseData() {
        return steps.stream().anyMatch(PlanStep::canLoseData);
    }

    /** The plan as a script: each statement after its comment line, steps separated by a blank line. */
    public String script() {
        StringBuilder script = new StringBuilder();
        for (PlanStep step : steps) {
            if (!script.isEmpty()) {
                script.append('\n');
            }
            script.append("-- ").append(step.comment()).append('\n').append(step.sql()).append(";\n");
        }
        return script.toString();
    }
}
