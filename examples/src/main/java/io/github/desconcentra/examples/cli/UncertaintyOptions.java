package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostQuantities;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.report.Uncertainty;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How {@code run} measures the uncertainty of its cost: the unit-cost figures and the price index's change swung one
 * at a time and drawn together by default (they only re-price the central quantities, no rule fires), the standards'
 * parameters on request (each swing or draw re-evaluates a sector).
 */
final class UncertaintyOptions {
    /** The draws of {@code run} by default. */
    static final int DEFAULT_DRAWS = 200;

    @Option(names = "--uncertainty", defaultValue = "" + DEFAULT_DRAWS, paramLabel = "N",
            converter = OptionConverters.NonNegative.class,
            description = "Monte Carlo draws of the ranged inputs for the interval on the headline (default"
                    + " ${DEFAULT-VALUE}; 0: the one-at-a-time swings alone; at most 100000).")
    long draws;

    @Option(names = "--no-uncertainty", description = "Neither swings nor draws: the reports say the uncertainty was"
            + " not computed.")
    boolean none;

    @Option(names = "--uncertainty-vary", defaultValue = "costs", paramLabel = "costs|parameters|all",
            description = "Which ranged inputs to swing and draw (default ${DEFAULT-VALUE}: the unit costs and the"
                    + " price index's change, which re-price without firing a rule; parameters re-evaluate their"
                    + " sector for every swing and draw, about a second each on the reference).")
    String vary;

    @Option(names = "--uncertainty-seed", defaultValue = "20261130", paramLabel = "S",
            description = "Seed of the draws (default ${DEFAULT-VALUE}); the same seed gives the same interval"
                    + " whatever --threads.")
    long seed;

    @Option(names = "--uncertainty-distribution", defaultValue = "triangular", paramLabel = "triangular|uniform",
            converter = SensitivityCommand.DistributionConverter.class,
            description = "How a draw spreads an input over its range (default ${DEFAULT-VALUE}).")
    Sensitivity.Distribution distribution;

    /**
     * Refuses bad options before any evaluation.
     *
     * @throws CommandLine.ParameterException naming the option
     */
    void check(CommandLine line) {
        if (draws > Sensitivity.MAX_DRAWS) {
            throw new CommandLine.ParameterException(line, "--uncertainty must be at most " + Sensitivity.MAX_DRAWS
                    + ": " + draws);
        }
        if (!SensitivityModel.VARY.contains(vary)) {
            throw new CommandLine.ParameterException(line, "--uncertainty-vary must be all, costs or parameters: "
                    + vary);
        }
    }

    /**
     * Swings every ranged input chosen to its low and its high and, when draws are asked for, draws them all
     * together; or says why not.
     *
     * @param report the central cost of {@code options}' sectors with {@code costs}
     * @param progress told of each step and of the time the draws took
     */
    Uncertainty measure(Territory territory, Inventory inventory, StandardsEngine engine, EvaluationOptions options,
                        UnitCosts costs, CostPolicy policy, CostReport report, int threads,
                        Consumer<String> progress) {
        if (none) {
            return Uncertainty.notComputed("--no-uncertainty: no input was swung or drawn");
        }
        SensitivityModel model = new SensitivityModel(territory, inventory, engine, options, costs, policy,
                CostQuantities.of(territory, report));
        List<Sensitivity.Input> inputs = model.inputs(vary);
        if (inputs.isEmpty()) {
            return Uncertainty.notComputed("no ranged input of the kind chosen (--uncertainty-vary " + vary + ") in"
                    + " the sectors evaluated");
        }
        long start = System.nanoTime();
        Sensitivity.Result swings = Sensitivity.oneAtATime(inputs, model, threads);
        // Timings go to the progress (standard error): the reports stay byte-identical from run to run.
        progress.accept(String.format(Locale.ROOT, "swung %d ranged inputs (%s) one at a time in %.1f s",
                inputs.size(), vary, (System.nanoTime() - start) / 1e9));
        SortedMap<String, Sensitivity.Percentiles> interval = new TreeMap<>();
        if (draws > 0) {
            start = System.nanoTime();
            interval.putAll(Sensitivity.monteCarlo(inputs, model, (int) draws, seed, distribution, threads));
            progress.accept(String.format(Locale.ROOT, "%d draws of them together in %.1f s", draws,
                    (System.nanoTime() - start) / 1e9));
        }
        return Uncertainty.of(vary, swings, interval, (int) draws, seed, distribution);
    }
}
