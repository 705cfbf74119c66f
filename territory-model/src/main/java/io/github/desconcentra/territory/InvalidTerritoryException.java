package io.github.desconcentra.territory;

import java.util.List;

/** Thrown by {@link Territory#of(TerritoryData)} when the data breaks an invariant; carries the whole report. */
public final class InvalidTerritoryException extends InputException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationReport report;

    /**
     * @param source where the data came from (a file or folder name), may be empty
     * @param report a report with at least one error
     */
    public InvalidTerritoryException(String source, ValidationReport report) {
        super(toProblems(source, report));
        this.report = report;
    }

    private static List<Problem> toProblems(String source, ValidationReport report) {
        return report.errors().stream()
                .map(v -> new Problem(source, 0, "", "", v.check() + ": " + v.message()))
                .toList();
    }

    /** The full report, warnings included. */
    public ValidationReport report() {
        return report;
    }
}
