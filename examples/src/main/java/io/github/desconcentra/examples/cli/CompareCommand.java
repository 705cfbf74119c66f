package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.ScenarioComparison;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra compare DIR_A DIR_B}: two plans side by side, then cost differences per unit and sector. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs (e.g. --planner greedy and --planner optimised).",
            "When both folders hold plan.csv and unfunded.csv: the two plans side by side: people served, share of the"
                    + " gap closed per sector and per year, spending per year, recurrent cost committed, and the"
                    + " spread of coverage across districts (Gini index of the districts' shares closed).",
            "Then the costs.csv of both: per unit and sector, capex and opex in A and B and the change (B - A), as CSV"
                    + " after the line 'cost differences'."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR_A")
    Path a;

    @Parameters(index = "1", paramLabel = "DIR_B")
    Path b;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (Files.exists(a.resolve("plan.csv")) && Files.exists(b.resolve("plan.csv"))) {
            plans(w, CostingCsv.readPlan(a), CostingCsv.readPlan(b));
            w.println();
        }
        List<CostLine> la = CostingCsv.readCosts(a.resolve("costs.csv"));
        List<CostLine> lb = CostingCsv.readCosts(b.resolve("costs.csv"));
        w.println("cost differences");
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

    static void plans(PrintWriter w, Map.Entry<String, PlanOutcomes> pa, Map.Entry<String, PlanOutcomes> pb) {
        PlanOutcomes a = pa.getValue();
        PlanOutcomes b = pb.getValue();
        w.printf(Locale.ROOT, "Plans: A = %s plan %d-%d, B = %s plan %d-%d%n", pa.getKey(), a.firstYear(), a.lastYear(),
                pb.getKey(), b.firstYear(), b.lastYear());
        w.printf(Locale.ROOT, "%-34s %18s %18s %18s%n", "", "A", "B", "B - A");
        long sa = a.peopleServed();
        long sb = b.peopleServed();
        w.printf(Locale.ROOT, "%-34s %,18d %,18d %+,18d%s%n", "people served by the last year", sa, sb, sb - sa,
                sa == 0 ? "" : String.format(Locale.ROOT, " (%+.2f %%)", (sb - sa) * 100.0 / sa));
        w.printf(Locale.ROOT, "%-34s %,18d %,18d%n", "people in the gap", a.peopleInGap(), b.peopleInGap());
        w.printf(Locale.ROOT, "%-34s %,18d %,18d %+,18d%n", "projects funded", a.items().stream()
                .filter(PlanOutcomes.Item::funded).count(), b.items().stream().filter(PlanOutcomes.Item::funded).count(),
                b.items().stream().filter(PlanOutcomes.Item::funded).count() - a.items().stream()
                        .filter(PlanOutcomes.Item::funded).count());
        money(w, "capex funded (USD M)", a.fundedCapex(), b.fundedCapex());
        money(w, "recurrent committed (USD M a year)", a.recurrentCommitted(), b.recurrentCommitted());
        w.printf(Locale.ROOT, "%-34s %18s %18s %18s%n", "district spread (Gini)", a.districtGini().toPlainString(),
                b.districtGini().toPlainString(), b.districtGini().subtract(a.districtGini()).toPlainString());
        w.printf(Locale.ROOT, "%nSpending per year (USD M): capex + recurrent%n%-8s %18s %18s %18s%n", "year", "A",
                "B", "B - A");
        TreeSet<Integer> years = new TreeSet<>(a.capexPerYear().keySet());
        years.addAll(b.capexPerYear().keySet());
        for (int y : years) {
            Money ma = spend(a, y);
            Money mb = spend(b, y);
            w.printf(Locale.ROOT, "%-8d %,18.1f %,18.1f %+,18.1f%n", y, millions(ma), millions(mb),
                    millions(mb.minus(ma)));
        }
        w.printf(Locale.ROOT, "%nShare of the gap closed by each year, per sector (A / B, %%)%n%-15s", "sector");
        for (int y : years) {
            w.printf(Locale.ROOT, " %11d", y);
        }
        w.println();
        TreeSet<String> sectors = new TreeSet<>(a.sectors());
        sectors.addAll(b.sectors());
        for (String s : sectors) {
            w.printf(Locale.ROOT, "%-15s", s);
            for (int y : years) {
                w.printf(Locale.ROOT, " %5s/%-5s", pct(a.closedBySector().get(s), y), pct(b.closedBySector().get(s),
                        y));
            }
            w.println();
        }
        w.printf(Locale.ROOT, "%-15s", "all");
        for (int y : years) {
            w.printf(Locale.ROOT, " %5s/%-5s", pct(a.closedByYear(), y), pct(b.closedByYear(), y));
        }
        w.println();
    }

    private static Money spend(PlanOutcomes o, int y) {
        Money c = o.capexPerYear().get(y);
        Money r = o.recurrentPerYear().get(y);
        Money zero = Money.zero(Money.USD);
        return (c == null ? zero : c).plus(r == null ? zero : r);
    }

    private static String pct(Map<Integer, BigDecimal> m, int y) {
        BigDecimal v = m == null ? null : m.get(y);
        return v == null ? "-" : v.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void money(PrintWriter w, String what, Money a, Money b) {
        w.printf(Locale.ROOT, "%-34s %,18.1f %,18.1f %+,18.1f%n", what, millions(a), millions(b), millions(b.minus(a)));
    }

    private static BigDecimal millions(Money m) {
        return m.amount().divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN);
    }
}
