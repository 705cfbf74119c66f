package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.PublishedFigures;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra cost}: the price of closing the gap. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Evaluate, then cost the gap: write DIR/costs.csv, DIR/not_costed.csv,"
                + " DIR/ideal_where_unknown.csv, DIR/excluded.csv and DIR/rejected.csv and print the national totals"
                + " beside the published figures.")
final class CostCommand implements Callable<Integer> {
    @Mixin
    TerritoryOptions territory;

    @Mixin
    InventoryOptions inventory;

    @Mixin
    EvaluateCommand.EvaluationArgs evaluation;

    @Mixin
    CostOptions costOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        EvaluateCommand.EvaluationArgs.Evaluated done = evaluation.evaluate(t, territory.isReference(), inventory, w,
                spec.commandLine().getErr());
        CostReport report = costOptions.cost(t, done.evaluation());
        done.writeLeftOut(out);
        CostingCsv.writeCosts(report, t, out.resolve("costs.csv"));
        CostingCsv.writeNotCosted(report, t, out.resolve("not_costed.csv"));
        CostingCsv.writeIdealWhereUnknown(report, t, out.resolve("ideal_where_unknown.csv"));
        printTotals(w, report);
        w.printf(Locale.ROOT, "wrote %s (%d lines)%n", out.resolve("costs.csv"), report.lines().size());
        return 0;
    }

    static void printTotals(PrintWriter w, CostReport report) {
        w.printf(Locale.ROOT, "%-15s %22s %22s%n", "sector", "capex (USD " + report.priceYear() + ")",
                "opex per year");
        for (Sector s : Sector.values()) {
            report.nationalTotal(s.id()).ifPresent(l -> w.printf(Locale.ROOT, "%-15s %,22.0f %,22.0f%n", s.id(),
                    l.capex().amount(), l.opexPerYear().amount()));
        }
        Money capex = report.nationalCapex();
        Money opex = report.nationalOpex();
        w.printf(Locale.ROOT, "%-15s %,22.0f %,22.0f%n", "total", capex.amount(), opex.amount());
        w.printf(Locale.ROOT, "against the seed's USD 13,316 M for six sectors (unverified): %s; against the 2012 press"
                        + " figures for 66 services, USD 39,699 M investment: %s, USD 4,701 M a year: %s%n",
                PublishedFigures.ratio(capex.amount(), PublishedFigures.SEED_SIX_SECTORS) + "x",
                PublishedFigures.ratio(capex.amount(), PublishedFigures.PRESS_2012_INVESTMENT) + "x",
                PublishedFigures.ratio(opex.amount(), PublishedFigures.PRESS_2012_RECURRENT) + "x");
        if (!report.notCosted().isEmpty()) {
            w.printf(Locale.ROOT, "%d gap lines not costed, with the reason in not_costed.csv%n", report.notCosted().size());
        }
        report.idealTotals().forEach((sector, l) -> w.printf(Locale.ROOT, "%s: supply not assessed in places; the"
                + " ideal network there, as if built new (not a deficit): capex %,.0f, opex %,.0f a year"
                + " (ideal_where_unknown.csv)%n", sector, l.capex().amount(), l.opexPerYear().amount()));
    }
}
