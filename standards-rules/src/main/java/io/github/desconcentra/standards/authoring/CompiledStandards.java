package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.RuleException;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A standards folder that compiled and passed its checks (see {@link StandardsCompiler#check}): the engine, the
 * warnings found while reading it, and where each rule is written, so that a rule that fails on a territory is
 * reported at its file and line.
 */
public final class CompiledStandards {
    private final StandardsEngine engine;
    private final RuleScan scan;

    CompiledStandards(StandardsEngine engine, RuleScan scan) {
        this.engine = Preconditions.requireNonNull(engine, "engine");
        this.scan = Preconditions.requireNonNull(scan, "scan");
    }

    /** The ready engine. */
    public StandardsEngine engine() {
        return engine;
    }

    /**
     * What is likely a mistake without being an error: parameters that no rule reads (a misspelled name in a rule is
     * an error; a misspelled name in {@code parameters.csv} leaves the row unread), and parameters that are not
     * sourced but give no plausible range ({@code low,high,range_source}), each at its file and line.
     *
     * @return the warnings, in catalogue order; never null
     */
    public List<StandardsLint.Finding> warnings() {
        List<StandardsLint.Finding> out = new ArrayList<>();
        for (Parameter p : engine.catalogue().parameters()) {
            if (p.provenance().isAssumption() && p.range() == null) {
                out.add(new StandardsLint.Finding("no range", engine.catalogue().origin(p).map(o -> o + ": ")
                        .orElse("") + "parameter " + p.standard() + "/" + p.name() + " is "
                        + p.provenance().status().id() + " but gives no low and high (columns low, high,"
                        + " range_source)"));
            }
        }
        if (!scan.complete()) {
            return out;
        }
        Set<String> read = new HashSet<>();
        Set<String> wholeStandards = new HashSet<>();
        for (RuleScan.Read r : scan.reads()) {
            if (r.name() == null) {
                wholeStandards.add(r.standard());
            } else {
                read.add(r.standard() + "/" + r.name());
            }
        }
        for (Parameter p : engine.catalogue().parameters()) {
            if (!read.contains(p.standard() + "/" + p.name()) && !wholeStandards.contains(p.standard())) {
                out.add(new StandardsLint.Finding("unread parameter", engine.catalogue().origin(p)
                        .map(o -> o + ": ").orElse("") + "parameter " + p.standard() + "/" + p.name()
                        + " is read by no rule"));
            }
        }
        return out;
    }

    /**
     * Evaluates the rules on a territory with no supply, as a dry run: whatever fails on it is reported as an error
     * at the rule's file and line, naming the unit and the values.
     *
     * @return the evaluation; never null
     * @throws InputException with the failing rule located
     */
    public Evaluation checkOn(Territory territory) {
        try {
            return engine.evaluate(territory, Inventory.EMPTY, EvaluationOptions.DEFAULTS);
        } catch (RuleException e) {
            String on = e.unit().map(u -> "unit " + u.value() + unitName(territory, u)).orElse("a unit of "
                    + territory.nation().name());
            throw new InputException(locate(e, on));
        }
    }

    /**
     * Lints the rules on a territory (see {@link StandardsLint}), after a dry run that reports a failing rule as an
     * error at its file and line.
     *
     * @return the findings (warnings); never null
     * @throws InputException with the failing rule located
     */
    public List<StandardsLint.Finding> lint(Territory territory) {
        return lint(territory, StandardsLint.Prices.NONE);
    }

    /**
     * Lints the rules on a territory with the cliff check at these prices (see {@link StandardsLint}), after a dry
     * run that reports a failing rule as an error at its file and line.
     *
     * @param prices the capital cost of one unit of a typology's requirement, never null
     * @return the findings (warnings); never null
     * @throws InputException with the failing rule located
     */
    public List<StandardsLint.Finding> lint(Territory territory, StandardsLint.Prices prices) {
        Evaluation e = checkOn(territory);
        try {
            return StandardsLint.lint(engine, territory, e, prices);
        } catch (RuleException ex) {
            throw new InputException(locate(ex, "a made-up unit with the age shares of " + territory.nation().name()));
        }
    }

    private static String unitName(Territory t, UnitCode u) {
        try {
            return " (" + t.unit(u).name() + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A rule's failure at the rule's file and line, with the values of the parameters the rule reads. */
    Problem locate(RuleException e, String on) {
        Optional<RuleScan.Place> at = e.rule().map(r -> scan.rules().get(r));
        StringBuilder m = new StringBuilder();
        e.rule().ifPresent(r -> m.append("rule \"").append(r).append("\" "));
        m.append("fails on ").append(on).append(": ").append(e.detail());
        e.rule().ifPresent(r -> m.append(parametersOf(r)));
        if (at.isPresent()) {
            return at.get().problem("", "", m.toString());
        }
        String file = e.rule().flatMap(scan::textOf).map(RuleScan.Text::file).orElse("standards");
        return Problem.of(file, m.toString());
    }

    private String parametersOf(String rule) {
        Catalogue c = engine.catalogue();
        List<String> values = new ArrayList<>();
        for (RuleScan.Read r : scan.reads()) {
            if (!r.rule().equals(rule)) {
                continue;
            }
            for (Parameter p : c.parameters()) {
                if (p.standard().equals(r.standard()) && (r.name() == null || p.name().equals(r.name()))) {
                    values.add(p.standard() + "/" + p.name() + " = " + p.value().toPlainString()
                            + c.origin(p).map(o -> " (" + o + ")").orElse(""));
                }
            }
        }
        return values.isEmpty() ? "" : "; the rule reads " + String.join(", ", values);
    }
}
