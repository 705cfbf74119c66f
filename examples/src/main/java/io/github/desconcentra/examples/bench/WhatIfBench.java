package io.github.desconcentra.examples.bench;

import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostQuantities;
import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.cli.Gaps;
import io.github.desconcentra.examples.cli.SensitivityModel;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.WhatIf;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The what-if section of the benchmark, on the Ecuador reference (embedded territory, reference inventory, embedded
 * standards and unit costs, prices of 2022): a cold evaluation, one what-if with one parameter changed, one with
 * one inventory record changed and one on the territory projected to a plan year ({@link WhatIf#atTerritory}, as
 * {@code run} evaluates each plan year's demand; each as a ratio to the cold evaluation, measured in the same run), and
 * Monte Carlo
 * draws per second of evaluate + cost for unit costs alone, parameters alone and both. Every what-if is first
 * checked against a cold evaluation of the same inputs (equal lines, redundancies and counts); a difference stops
 * the benchmark. Nothing here asserts a time.
 */
public final class WhatIfBench {
    /** The seed of the benchmark's draws (that of {@code sensitivity}). */
    static final long SEED = 20261130L;
    /** The projected years of {@code run}'s default plan on the reference (2027-2036, the last held at 2035). */
    static final int FIRST_PLAN_YEAR = 2027;
    static final int LAST_PLAN_YEAR = 2035;

    /**
     * The figures of one what-if benchmark.
     *
     * @param coldMs median cold evaluation ({@link StandardsEngine#evaluate})
     * @param parameterMs median what-if with one parameter at its high, over the ranged parameters in turn
     * @param recordMs median what-if with one inventory record changed
     * @param yearMs median what-if on the territory projected to a plan year, 2027-2035 in turn (the projection made
     *     beforehand)
     * @param yearComparedMs median of the compared lines alone of that what-if ({@link WhatIf#comparedLinesAt}, what
     *     {@code run} computes per plan year)
     * @param costsPerSecond Monte Carlo draws per second, unit costs drawn
     * @param parametersPerSecond draws per second, parameters drawn
     * @param allPerSecond draws per second, both drawn
     * @param allCpuMs CPU time of the process per draw, both drawn (all threads; on a machine shared with other work
     *     this, not the wall, says what a draw costs)
     * @param threads threads of the draws
     */
    public record Result(double coldMs, double parameterMs, double recordMs, double yearMs, double yearComparedMs,
                         double costsPerSecond,
                         double parametersPerSecond, double allPerSecond, double allCpuMs, int threads) {
        /** The machine-readable line. */
        public String line() {
            return String.format(Locale.ROOT, "whatif cold_ms=%.1f parameter_ms=%.1f parameter_ratio=%.3f"
                    + " record_ms=%.1f record_ratio=%.3f year_ms=%.1f year_ratio=%.3f year_compared_ms=%.1f"
                    + " year_compared_ratio=%.3f draws_per_s_costs=%.1f draws_per_s_parameters=%.1f"
                    + " draws_per_s_all=%.1f cpu_ms_per_draw_all=%.0f threads=%d", coldMs, parameterMs,
                    parameterMs / coldMs, recordMs, recordMs / coldMs, yearMs, yearMs / coldMs, yearComparedMs,
                    yearComparedMs / coldMs, costsPerSecond, parametersPerSecond, allPerSecond, allCpuMs, threads);
        }
    }

    private WhatIfBench() {
    }

    /**
     * Runs the what-if benchmark.
     *
     * @param threads threads of the Monte Carlo draws (each what-if fires its rules on one thread, as in
     *     {@code sensitivity}); the cold evaluation uses the same number
     * @param warmups runs discarded before measuring
     * @param runs measured runs of each what-if (the median is reported)
     * @param draws measured Monte Carlo draws of each kind, after a tenth as many warm-up draws
     * @param out progress and the report
     * @throws IllegalStateException when a what-if and the cold evaluation of the same inputs disagree
     */
    public static Result run(int threads, int warmups, int runs, int draws, PrintWriter out) {
        return run(threads, warmups, runs, draws, false, out);
    }

    /**
     * Runs the what-if benchmark, with the parameter what-if measured per parameter when {@code perParameter}:
     * {@code warmups} then {@code runs} rounds of the ranged parameters at their high in turn, one line per parameter
     * (the median of its measured what-ifs and its ratio to the cold evaluation) and the median of those medians.
     *
     * @see #run(int, int, int, int, PrintWriter)
     */
    public static Result run(int threads, int warmups, int runs, int draws, boolean perParameter, PrintWriter out) {
        StandardsEngine engine = StandardsEngine.embedded();
        Territory territory = ReferenceTerritory.territory();
        Inventory inventory = ReferenceInventory.load(territory, engine.catalogue());
        EvaluationOptions options = EvaluationOptions.DEFAULTS.withThreads(threads);
        EvaluationOptions oneThread = options.withThreads(1);
        out.printf(Locale.ROOT, "what-if on the reference: %,d circuits, %,d establishments, all sectors%n",
                territory.circuits().size(), inventory.establishments().size());
        WhatIf whatIf = engine.whatIf(territory, inventory, oneThread);

        List<Parameter> ranged = engine.catalogue().parameters().stream().filter(p -> p.range() != null
                && p.range().high().compareTo(p.value()) != 0).toList();
        List<List<Parameter>> settings = new ArrayList<>();
        for (Parameter p : ranged) {
            settings.add(List.of(new Parameter(p.standard(), p.name(), p.range().high(), p.unit(), p.provenance(),
                    p.range())));
        }
        List<Inventory> changed = new ArrayList<>();
        List<Establishment> records = inventory.establishments();
        for (int k = 0; k < Math.max(1, runs + warmups); k++) {
            List<Establishment> copy = new ArrayList<>(records);
            int i = (int) ((k + 0.5) * records.size() / Math.max(1, runs + warmups));
            copy.set(i, repaired(records.get(i)));
            changed.add(new Inventory(copy, inventory.excluded(), inventory.rejected(), inventory.sources(),
                    inventory.files()));
        }
        // Cross-checks: every parameter setting and the first changed inventory, against cold evaluations.
        for (List<Parameter> s : settings) {
            check(engine.withParameters(s).evaluate(territory, inventory, options), whatIf.withParameters(s),
                    "parameter " + s.get(0).standard() + "/" + s.get(0).name());
        }
        check(engine.evaluate(territory, changed.get(0), options), whatIf.withInventory(changed.get(0)).evaluation(),
                "a changed record");
        List<Territory> years = new ArrayList<>();
        for (int y = FIRST_PLAN_YEAR; y <= LAST_PLAN_YEAR; y++) {
            years.add(territory.projectedTo(y));
        }
        Territory checked = years.get(years.size() / 2);
        Evaluation coldYear = engine.evaluate(checked, inventory, options);
        check(coldYear, whatIf.atTerritory(checked).evaluation(), "the territory of " + checked.year());
        if (!coldYear.comparedLines().equals(whatIf.comparedLinesAt(checked))) {
            throw new IllegalStateException("the compared lines of the territory of " + checked.year() + " and those"
                    + " of its cold evaluation disagree");
        }
        out.printf(Locale.ROOT, "what-ifs agree with cold evaluations: %d parameters at their high, one changed"
                + " record, the territory of %d%n", settings.size(), checked.year());

        double coldMs = median(warmups, runs, k -> engine.evaluate(territory, inventory, options).lines().size());
        double parameterMs = median(warmups, runs, k -> whatIf.withParameters(settings.get(k % settings.size()))
                .lines().size());
        double recordMs = median(warmups, runs, k -> whatIf.withInventory(changed.get(k % changed.size()))
                .evaluation().lines().size());
        double yearMs = median(warmups, runs, k -> whatIf.atTerritory(years.get(k % years.size())).evaluation()
                .lines().size());
        double yearComparedMs = median(warmups, runs, k -> whatIf.comparedLinesAt(years.get(k % years.size()))
                .size());
        if (perParameter) {
            // Rounds of the parameters in turn (each what-if follows another parameter's, as the bench's own figure
            // and a sensitivity's swings do), each what-if timed: a parameter's median over the measured rounds.
            double[][] times = new double[settings.size()][runs];
            for (int round = 0; round < warmups + runs; round++) {
                for (int i = 0; i < settings.size(); i++) {
                    long t = System.nanoTime();
                    whatIf.withParameters(settings.get(i)).lines().size();
                    if (round >= warmups) {
                        times[i][round - warmups] = (System.nanoTime() - t) / 1e6;
                    }
                }
            }
            double[] each = new double[settings.size()];
            for (int i = 0; i < settings.size(); i++) {
                List<Parameter> s = settings.get(i);
                each[i] = Bench.median(times[i]);
                out.printf(Locale.ROOT, "  parameter %s/%s at its high: median %.2f ms, %.3f of cold%n",
                        s.get(0).standard(), s.get(0).name(), each[i], each[i] / coldMs);
            }
            double mid = Bench.median(each);
            out.printf(Locale.ROOT, "what-if, median over the %d parameters (each the median of %d runs after %d"
                    + " warm-up): %.2f ms, %.3f of cold%n", each.length, runs, warmups, mid, mid / coldMs);
        }
        out.printf(Locale.ROOT, "cold evaluation: median %.1f ms of %d runs after %d warm-up (%d threads)%n", coldMs,
                runs, warmups, threads);
        out.printf(Locale.ROOT, "what-if, one parameter at its high (%d in turn): median %.1f ms, %.3f of cold%n",
                settings.size(), parameterMs, parameterMs / coldMs);
        out.printf(Locale.ROOT, "what-if, one inventory record changed: median %.1f ms, %.3f of cold%n", recordMs,
                recordMs / coldMs);
        out.printf(Locale.ROOT, "what-if, the territory projected to a plan year (%d-%d in turn): median %.1f ms, %.3f"
                + " of cold%n", FIRST_PLAN_YEAR, LAST_PLAN_YEAR, yearMs, yearMs / coldMs);
        out.printf(Locale.ROOT, "  its compared lines alone (what run computes per plan year): median %.1f ms, %.3f of"
                + " cold%n", yearComparedMs, yearComparedMs / coldMs);

        Evaluation central = whatIf.evaluation();
        UnitCosts costs = UnitCosts.defaults();
        CostPolicy policy = CostPolicy.DEFAULTS.withPriceYear(2022);
        CostQuantities quantities = CostQuantities.of(territory, new CostCalculator(costs, policy).cost(territory,
                Gaps.of(central)));
        SensitivityModel model = new SensitivityModel(territory, inventory, engine, oneThread, costs, policy,
                quantities);
        double[] perSecond = new double[3];
        double[] cpuMs = new double[3];
        List<String> kinds = List.of("costs", "parameters", "all");
        for (int v = 0; v < 3; v++) {
            List<Sensitivity.Input> varied = model.inputs(kinds.get(v));
            Sensitivity.monteCarlo(varied, model, Math.max(1, draws / 10), SEED, Sensitivity.Distribution.TRIANGULAR,
                    threads);
            long cpu = cpuNanos();
            long t = System.nanoTime();
            Sensitivity.monteCarlo(varied, model, draws, SEED, Sensitivity.Distribution.TRIANGULAR, threads);
            perSecond[v] = draws / ((System.nanoTime() - t) / 1e9);
            cpuMs[v] = (cpuNanos() - cpu) / 1e6 / draws;
            out.printf(Locale.ROOT, "Monte Carlo --vary %s (%d inputs): %d draws, %.1f draws/s on %d threads (1,000"
                    + " draws in %.1f s); %.0f ms of CPU a draw%n", kinds.get(v), varied.size(), draws, perSecond[v],
                    threads, 1000 / perSecond[v], cpuMs[v]);
        }
        Result r = new Result(coldMs, parameterMs, recordMs, yearMs, yearComparedMs, perSecond[0], perSecond[1], perSecond[2], cpuMs[2],
                threads);
        out.println(r.line());
        out.flush();
        return r;
    }

    /** CPU time of this process so far (all threads, the collector's and compiler's too). */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The record in need of repair, with one more unit of capacity (known, if it was not). */
    private static Establishment repaired(Establishment e) {
        return new Establishment(e.id(), e.sector(), e.typology(), e.parish(), e.circuit(), e.within(), e.location(),
                e.condition() == Condition.NEEDS_REPAIR ? Condition.GOOD : Condition.NEEDS_REPAIR, e.units(),
                e.capacity() + 1, e.staff(), e.name(), e.source(), e.typologyStatus(),
                e.capacityStatus() == null ? io.github.desconcentra.territory.Provenance.Status.ESTIMATED
                        : e.capacityStatus(), e.staffStatus());
    }

    private static void check(Evaluation cold, Evaluation whatIf, String what) {
        if (!cold.equals(whatIf)) {
            List<io.github.desconcentra.standards.DeficitLine> a = cold.lines();
            List<io.github.desconcentra.standards.DeficitLine> b = whatIf.lines();
            int i = 0;
            while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                i++;
            }
            throw new IllegalStateException("the what-if (" + what + ") and the cold evaluation disagree at line "
                    + i + ": " + (i < b.size() ? b.get(i) : "-") + " vs " + (i < a.size() ? a.get(i) : "-"));
        }
    }

    /** The median time of {@code runs} calls after {@code warmups} (see {@link Bench}); call {@code k} is given k. */
    private static double median(int warmups, int runs, java.util.function.IntUnaryOperator work) {
        int[] k = {0};
        return Bench.median(warmups, runs, () -> work.applyAsInt(k[0]++));
    }
}
