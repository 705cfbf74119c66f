package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.authoring.CompiledStandards;
import io.github.desconcentra.standards.authoring.StandardsCompiler;
import io.github.desconcentra.standards.authoring.StandardsLint;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra validate --standards DIR}: compile and check a standards folder. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile a standards folder and report every problem of every file with its location"
                + " (file:line:column for DRL, file:line for parameter and typology files): unknown files and"
                + " folders, missing metadata, parameters and typologies no file defines, and rules that fail when"
                + " fired on made-up units of up to ten billion people (a divisor of 0, an overflow, a runaway)."
                + " With --territory, also evaluate the rules on it as a dry run (a rule that fails there is an"
                + " error naming the unit) and lint them, the cost cliffs at the unit costs of --costs. Exit 1 on"
                + " any error, 0 otherwise (warnings: parameters no rule reads, parameters and --costs figures that are"
                + " not sourced but give no range, and the lint findings).")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--standards", required = true, paramLabel = "DIR", description = "The standards folder.")
    Path standards;

    @Option(names = "--tables-only", description = EvaluateCommand.EvaluationArgs.TABLES_ONLY)
    boolean tablesOnly;

    @Option(names = "--territory", paramLabel = TerritoryOptions.LABEL,
            description = "Evaluate and lint against this territory folder or JSON file, or 'reference' for the"
                    + " embedded one. Default: none, no dry run.")
    Path territory;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Mixin
    CostOptions costOptions;

    @Spec
    CommandSpec spec;

    private void progress(String step) {
        if (!quiet) {
            spec.commandLine().getErr().println("desconcentra: validate: " + step);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CompiledStandards compiled;
        try {
            compiled = StandardsCompiler.check(standards, tablesOnly, this::progress);
        } catch (InputException e) {
            return errors(out, e);
        }
        out.println("compiled " + compiled.engine().rules().size() + " rules, " + compiled.engine().catalogue()
                .typologies().size() + " typologies, " + compiled.engine().catalogue().parameters().size()
                + " parameters: no error");
        List<StandardsLint.Finding> findings = new ArrayList<>(compiled.warnings());
        if (costOptions.costs != null) {
            try {
                costOptions.unitCosts().unranged().forEach(f -> findings.add(new StandardsLint.Finding("no range",
                        costOptions.costs + ": unit cost " + f + " is not sourced but gives no low and high (columns"
                                + " low, high, range_source)")));
            } catch (InputException e) {
                return errors(out, e);
            }
        }
        String on = "";
        if (territory != null) {
            TerritoryOptions t = new TerritoryOptions();
            t.territory = territory;
            progress("loading the territory " + t.label());
            Territory loaded = t.load();
            progress("evaluating and linting the rules on " + t.label());
            try {
                findings.addAll(compiled.lint(loaded, costOptions.prices()));
            } catch (InputException e) {
                return errors(out, e);
            }
            on = " on " + t.label();
        }
        findings.forEach(f -> out.println("warning: " + f));
        out.println(findings.size() + " warning" + (findings.size() == 1 ? "" : "s") + on);
        return 0;
    }

    private static int errors(PrintWriter out, InputException e) {
        for (Problem p : e.problems()) {
            out.println("error: " + p);
        }
        out.println(e.problems().size() + " error" + (e.problems().size() == 1 ? "" : "s"));
        return Desconcentra.INPUT_ERROR;
    }
}
