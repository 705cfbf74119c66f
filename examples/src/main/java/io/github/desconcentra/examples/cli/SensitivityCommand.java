package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostQuantities;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
                + " DIR/sensitivity.csv (the tornado of every measure).")
final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    TerritoryOptions territory;

    @Mixin
    EvaluateCommand.EvaluationArgs evaluation;

    @Mixin
    CostOptions costOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = OptionConverters.NonNegative.class,
            description = "Drivers to print per measure (default ${DEFAULT-VALUE}); the file holds them all.")
    long top;

    @Spec
    CommandSpec spec;

    /** The columns of {@code sensitivity.csv}. */
    static final List<String> HEADER = List.of("measure", "rank", "input", "kind", "sector", "status", "low",
            "central", "high", "range_source", "result_at_low", "result_central", "result_at_high", "swing");

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        EvaluateCommand.EvaluationArgs.Evaluated done = evaluation.evaluate(t, territory.isReference(), w,
                spec.commandLine().getErr());
        CostPolicy policy = costOptions.policy();
        CostReport report = costOptions.cost(t, done.evaluation());
        SensitivityModel model = new SensitivityModel(t, done.inventory(), done.engine(), evaluation.options(),
                costOptions.unitCosts(), policy, CostQuantities.of(t, report));
        List<Sensitivity.Input> inputs = model.inputs();
        Sensitivity.Result result = Sensitivity.oneAtATime(inputs, model);
        write(result, out.resolve("sensitivity.csv"));
        print(w, result, (int) Math.min(top, Integer.MAX_VALUE), policy.priceYear(), inputs.size());
        w.printf(Locale.ROOT, "wrote %s%n", out.resolve("sensitivity.csv"));
        return 0;
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
