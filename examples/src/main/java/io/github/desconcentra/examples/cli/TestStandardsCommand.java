package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.authoring.ScenarioTests;
import io.github.desconcentra.standards.authoring.StandardsCompiler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra test-standards DIR}: run the scenario tests beside the rules. */
@Command(name = "test-standards", mixinStandardHelpOptions = true,
        description = "Compile a standards folder and run its scenario tests (<sector>/tests/*.json); print 'N passed,"
                + " N failed' and exit 1 on any failure or on any error in the folder or the test files.")
final class TestStandardsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private void progress(String step) {
        if (!quiet) {
            spec.commandLine().getErr().println("desconcentra: test-standards: " + step);
        }
    }

    @Override
    public Integer call() {
        StandardsEngine engine = StandardsCompiler.check(dir, false, this::progress).engine();
        progress("running the scenario tests");
        List<ScenarioTests.Result> results = ScenarioTests.run(engine, dir);
        PrintWriter out = spec.commandLine().getOut();
        long failed = 0;
        for (ScenarioTests.Result r : results) {
            if (!r.passed()) {
                failed++;
                out.println("FAILED " + r.file() + ":" + r.line() + ": " + r.name() + ": " + r.detail());
            }
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : Desconcentra.INPUT_ERROR;
    }
}
