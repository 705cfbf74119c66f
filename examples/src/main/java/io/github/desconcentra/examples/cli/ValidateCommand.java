package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.authoring.StandardsCompiler;
import io.github.desconcentra.standards.authoring.StandardsLint;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra validate --standards DIR}: compile and check a standards folder. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile a standards folder and report every problem with its location (file:line:column for"
                + " DRL, file:line for parameter and typology files). With --territory, also lint the rules against"
                + " it. Exit 1 on any error, 0 otherwise (lint findings are warnings).")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--standards", required = true, paramLabel = "DIR", description = "The standards folder.")
    Path standards;

    @Option(names = "--tables-only", description = "Refuse DRL files: only parameters and typologies may change.")
    boolean tablesOnly;

    @Option(names = "--territory", paramLabel = "PATH",
            description = "Lint against this territory folder or JSON file; 'reference' for the embedded one.")
    String territory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StandardsEngine engine;
        try {
            engine = StandardsCompiler.compile(standards, tablesOnly);
        } catch (InputException e) {
            for (Problem p : e.problems()) {
                out.println("error: " + p);
            }
            out.println(e.problems().size() + " error" + (e.problems().size() == 1 ? "" : "s"));
            return Desconcentra.INPUT_ERROR;
        }
        out.println("compiled " + engine.rules().size() + " rules, " + engine.catalogue().typologies().size()
                + " typologies, " + engine.catalogue().parameters().size() + " parameters: no error");
        if (territory != null) {
            TerritoryOptions t = new TerritoryOptions();
            t.territory = territory.equals("reference") ? null : Path.of(territory);
            List<StandardsLint.Finding> findings = StandardsLint.lint(engine, t.load());
            findings.forEach(f -> out.println("warning: " + f));
            out.println(findings.size() + " warning" + (findings.size() == 1 ? "" : "s") + " on " + t.label());
        }
        return 0;
    }
}
