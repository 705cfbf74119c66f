package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Comparator;
import java.util.List;

/**
 * One broken invariant, with the codes involved.
 *
 * @param severity never null
 * @param check the invariant, never null
 * @param codes the units involved, in a meaningful order (the offender first); never null; copied
 * @param message a sentence naming the units and values, never blank
 */
public record Violation(Severity severity, Check check, List<UnitCode> codes, String message) {
    /** Errors first, then by check, codes and message: the order of a validation report. */
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::check)
            .thenComparing(v -> v.codes().isEmpty() ? "" : v.codes().get(0).level() + v.codes().get(0).value())
            .thenComparing(Violation::message);

    /** @throws IllegalArgumentException when the message is blank */
    public Violation {
        Preconditions.requireNonNull(severity, "severity");
        Preconditions.requireNonNull(check, "check");
        codes = List.copyOf(Preconditions.requireNonNull(codes, "codes"));
        Preconditions.requireText(message, "message", "violation");
    }

    @Override
    public String toString() {
        return severity + " " + check + ": " + message;
    }
}
