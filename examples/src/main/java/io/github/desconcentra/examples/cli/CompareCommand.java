package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.ScenarioComparison;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
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
    public Integer call() throws IOException {
        List<CostLine> la = CostingCsv.readCosts(a.resolve("costs.csv"));
        List<CostLine> lb = CostingCsv.readCosts(b.resolve("costs.csv"));
        PrintWriter w = spec.commandLine().getOut();
        // Not closed: it would close the command's output stream.
        CSVPrinter p = new CSVPrinter(w, CsvOutput.FORMAT);
        p.printRecord(CsvOutput.cells(List.of("level", "code", "sector", "capex_a", "capex_b", "capex_change",
                "opex_a", "opex_b", "opex_change")));
        for (ScenarioComparison.Difference d : ScenarioComparison.compare(la, lb)) {
            p.printRecord(CsvOutput.cells(d.unit().level().id(), d.unit().value(), d.sector(), d.capexA().amount(),
                    d.capexB().amount(), d.capexChange().amount(), d.opexA().amount(), d.opexB().amount(),
                    d.opexChange().amount()));
        }
        p.flush();
        return 0;
    }
}
