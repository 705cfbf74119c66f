package io.github.desconcentra.territory;

import java.util.List;

/**
 * Every violation found in a territory, errors first, in a stable order.
 *
 * @param violations never null; copied and sorted by {@link Violation#ORDER}
 */
public record ValidationReport(List<Violation> violations) {
    /** Sorts and copies the violations. */
    public ValidationReport {
        violations = violations.stream().sorted(Violation.ORDER).toList();
    }

    /** The violations of severity {@link Severity#ERROR}. */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /** The violations of severity {@link Severity#WARNING}. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /** True when there is at least one error. */
    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    /** The violations of one check. */
    public List<Violation> of(Check check) {
        return violations.stream().filter(v -> v.check() == check).toList();
    }
}
