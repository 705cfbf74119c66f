package io.github.desconcentra.standards;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.UnitCode;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the standards could not be honoured while evaluating: its condition or consequence threw (a divisor of
 * 0, a quantity beyond {@link Requirement#MAX_QUANTITY}), it built a requirement the engine refuses (a typology no
 * catalogue defines, a unit outside the evaluation), or the rule set ran past the fire limit. It is bad input — the
 * standards are wrong, not the program — so it is an {@link InputException}; it also names the rule, so that a
 * validator can point at the rule's file and line.
 */
public final class RuleException extends InputException {
    private static final long serialVersionUID = 1L;
    /** The rule's name, or null. */
    private final String rule;
    private final transient UnitCode unit;
    /** What went wrong. */
    private final String detail;

    /**
     * @param rule the rule's name, or null when no single rule can be named
     * @param unit the unit being evaluated, or null when unknown
     * @param detail what went wrong, never blank
     */
    RuleException(String rule, UnitCode unit, String detail) {
        super(List.of(problem(rule, unit, detail)));
        this.rule = rule;
        this.unit = unit;
        this.detail = detail;
    }

    private static Problem problem(String rule, UnitCode unit, String detail) {
        StringBuilder where = new StringBuilder("standards");
        if (rule != null) {
            where.append(": rule \"").append(rule).append('"');
        }
        if (unit != null) {
            where.append(", unit ").append(unit.value());
        }
        return new Problem("", 0, "", "", where + ": " + detail);
    }

    /** The rule that failed, if one can be named. */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /** The unit being evaluated when it failed, if known. */
    public Optional<UnitCode> unit() {
        return Optional.ofNullable(unit);
    }

    /** What went wrong, without the rule and unit; never blank. */
    public String detail() {
        return detail;
    }
}
