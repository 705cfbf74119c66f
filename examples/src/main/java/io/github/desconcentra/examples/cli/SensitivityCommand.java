package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostQuantities;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.examples.report.Uncertainty;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code desconcentra sensitivity}: which assumptions move the cost, and how far. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Evaluate and cost, then swing each ranged standards parameter and unit-cost figure to its low"
                + " and its high (the others central); print the top drivers of national capex and opex and write"
                + " DIR/sensitivity.csv (the tornado of every measure), DIR/excluded.csv and DIR/rejected.csv; with --draws N, draw all of them at once N times"
                + " and write DIR/montecarlo.csv (P10, P50, P90 of every measure).")
final class SensitivityCommand implements Callable<Integer> {
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

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = OptionConverters.NonNegative.class,
            description = "Drivers to print per measure (default ${DEFAULT-VALUE}); the file holds them all.")
    long top;

    @Option(names = "--draws", defaultValue = "0", paramLabel = "N", converter = OptionConverters.NonNegative.class,
            description = "Monte Carlo draws of all ranged inputs together (default ${DEFAULT-VALUE}: none; at most"
                    + " 100000).")
    long draws;

    @Option(names = "--seed", defaultValue = "20261130", paramLabel = "S",
            description = "Seed of the draws (default ${DEFAULT-VALUE}); the same seed gives the same percentiles"
                    + " whatever --threads.")
    long seed;

    @Option(names = "--distribution", defaultValue = "triangular", paramLabel = "triangular|uniform",
            converter = DistributionConverter.class,
            description = "How a draw spreads an input over its range (default ${DEFAULT-VALUE}: low to high, most"
                    + " likely at the value the report uses).")
    Sensitivity.Distribution distribution;

    @Option(names = "--vary", defaultValue = "all", paramLabel = "all|costs|parameters",
            description = "Which ranged inputs to swing and draw (default ${DEFAULT-VALUE}); costs (the unit costs"
                    + " and the price index's change) never re-fire a rule and draw fastest.")
    String vary;

    @Spec
    CommandSpec spec;

    /** The columns of {@code montecarlo.csv}. */
    static final List<String> MONTE_CARLO_HEADER = List.of("measure", "draws", "distribution", "seed", "p10", "p50",
            "p90", "min", "max", "central");

    /** Parses a distribution's id. */
    static final class DistributionConverter implements picocli.CommandLine.ITypeConverter<Sensitivity.Distribution> {
        @Override
        public Sensitivity.Distribution convert(String value) {
            return Sensitivity.Distribution.fromId(value);
        }
    }

    /** The columns of {@code sensitivity.csv}. */
    static final List<String> HEADER = List.of("measure", "rank", "input", "kind", "sector", "status", "low",
            "central", "high", "range_source", "result_at_low", "result_central", "result_at_high", "swing");

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        // The options are checked before the evaluation, which takes seconds.
        if (draws > Sensitivity.MAX_DRAWS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--draws must be at most "
                    + Sensitivity.MAX_DRAWS + ": " + draws);
        }
        if (!SensitivityModel.VARY.contains(vary)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--vary must be all, costs or"
                    + " parameters: " + vary);
        }
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        EvaluateCommand.EvaluationArgs.Evaluated done = evaluation.evaluate(t, territory.isReference(), inventory, w,
                spec.commandLine().getErr());
        done.writeLeftOut(out);
        CostPolicy policy = costOptions.policy();
        CostReport report = costOptions.cost(t, done.evaluation());
        SensitivityModel model = new SensitivityModel(t, done.inventory(), done.engine(), evaluation.options(),
                costOptions.unitCosts(), policy, CostQuantities.of(t, report));
        List<Sensitivity.Input> inputs = model.inputs(vary);
        int threads = Math.max(1, evaluation.threads);
        Sensitivity.Result result = Sensitivity.oneAtATime(inputs, model, threads);
        write(result, out.resolve("sensitivity.csv"));
        print(w, result, (int) Math.min(top, Integer.MAX_VALUE), policy.priceYear(), inputs.size());
        w.printf(Locale.ROOT, "wrote %s%n", out.resolve("sensitivity.csv"));
        if (draws > 0) {
            int n = (int) draws;
            long start = System.nanoTime();
            SortedMap<String, Sensitivity.Percentiles> p = Sensitivity.monteCarlo(inputs, model, n, seed,
                    distribution, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            // The timing goes to the error stream: the output stays byte-identical from run to run.
            spec.commandLine().getErr().printf(Locale.ROOT, "desconcentra: %d draws in %.1f s, %.1f draws per second"
                    + " on %d threads%n", n, seconds, n / seconds, threads);
            writeMonteCarlo(p, result, distribution, seed, out.resolve("montecarlo.csv"));
            printMonteCarlo(w, p, result, distribution, seed);
            w.printf(Locale.ROOT, "wrote %s%n", out.resolve("montecarlo.csv"));
        }
        return 0;
    }

    static void printMonteCarlo(PrintWriter w, SortedMap<String, Sensitivity.Percentiles> p,
                                Sensitivity.Result result, Sensitivity.Distribution distribution, long seed) {
        Sensitivity.Percentiles any = p.values().iterator().next();
        w.printf(Locale.ROOT, "%n%d draws of every ranged input at once, independent, %s, seed %d%n", any.draws(),
                distribution.id(), seed);
        for (String m : List.of("capex", "opex")) {
            if (p.containsKey(m)) {
                w.println(Uncertainty.headline(m, p.get(m), result.central(m)) + (m.equals("opex") ? " a year" : ""));
            }
        }
        w.printf(Locale.ROOT, "%-22s %18s %18s %18s %18s%n", "measure", "P10", "P50", "P90", "central");
        p.forEach((m, q) -> {
            if (m.startsWith("capex") && !m.startsWith("capex/zone/") || m.startsWith("opex")) {
                w.printf(Locale.ROOT, "%-22s %,18.0f %,18.0f %,18.0f %,18.0f%n", m, q.p10(), q.p50(), q.p90(),
                        result.central(m));
            }
        });
    }

    static void writeMonteCarlo(SortedMap<String, Sensitivity.Percentiles> p, Sensitivity.Result result,
                                Sensitivity.Distribution distribution, long seed, Path file) throws IOException {
        CsvOutput.write(file, MONTE_CARLO_HEADER, printer -> {
            for (Sensitivity.Percentiles q : p.values()) {
                printer.printRecord(CsvOutput.cells(q.measure(), q.draws(), distribution.id(), seed, plain(q.p10()),
                        plain(q.p50()), plain(q.p90()), plain(q.min()), plain(q.max()),
                        plain(result.central(q.measure()))));
            }
        });
    }

    static void print(PrintWriter w, Sensitivity.Result result, int top, int priceYear, int inputs) {
        w.printf(Locale.ROOT, "%d ranged inputs swung one at a time (low and high, the others central); USD of %d%n",
                inputs, priceYear);
        for (String measure : List.of("capex", "opex")) {
            w.printf(Locale.ROOT, "%n%s: central %,.0f%s%n", measure, result.central(measure),
                    measure.equals("opex") ? " a year" : "");
            w.printf(Locale.ROOT, "%4s  %-48s %18s %18s %18s%n", "rank", "input (low-high)", "at low", "at high",
                    "swing");
            List<Sensitivity.Swing> tornado = result.tornado(measure);
            for (int i = 0; i < Math.min(top, tornado.size()); i++) {
                Sensitivity.Swing s = tornado.get(i);
                w.printf(Locale.ROOT, "%4d  %-48s %,18.0f %,18.0f %,18.0f%n", i + 1, s.input().id() + " ("
                        + s.input().range().span() + ")", s.low(measure), s.high(measure), s.width(measure));
            }
        }
    }

    /** Writes the tornado of every measure: one row per measure and input that moves it, widest first. */
    static void write(Sensitivity.Result result, Path file) throws IOException {
        CsvOutput.write(file, HEADER, p -> {
            for (String measure : result.central().keySet()) {
                List<Sensitivity.Swing> tornado = result.tornado(measure);
                for (int i = 0; i < tornado.size(); i++) {
                    Sensitivity.Swing s = tornado.get(i);
                    Sensitivity.Input in = s.input();
                    p.printRecord(CsvOutput.cells(measure, i + 1, in.id(), in.kind().id(), in.sector(),
                            in.provenance().status().id(), plain(in.range().low()), plain(in.central()),
                            plain(in.range().high()), in.range().source(), plain(s.low(measure)),
                            plain(result.central(measure)), plain(s.high(measure)), plain(s.width(measure))));
                }
            }
        });
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
