package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.ScenarioComparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra compare DIR_A DIR_B}: cost differences per unit and sector. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the costs.csv of two runs: print, per unit and sector, capex and opex in A and B and"
                + " the change (B - A), as CSV.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR_A")
    Path a;

    @Parameters(index = "1", paramLabel = "DIR_B")
    Path b;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<CostLine> la = CostingCsv.readCosts(a.resolve("costs.csv"));
        List<CostLine> lb = CostingCsv.readCosts(b.resolve("costs.csv"));
        PrintWriter w = spec.commandLine().getOut();
        w.println("level,code,sector,capex_a,capex_b,capex_change,opex_a,opex_b,opex_change");
        for (ScenarioComparison.Difference d : ScenarioComparison.compare(la, lb)) {
            w.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s%n", d.unit().level().id(), d.unit().value(), d.sector(),
                    d.capexA().toPlainString(), d.capexB().toPlainString(), d.capexChange().toPlainString(),
                    d.opexA().toPlainString(), d.opexB().toPlainString(), d.opexChange().toPlainString());
        }
        return 0;
    }
}
