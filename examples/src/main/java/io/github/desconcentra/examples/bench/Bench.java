package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmark harness: a synthetic territory of k × Ecuador, the rule engine against the hand-written baseline,
 * warm-up then the median of repeated runs, in one process. Times are wall-clock and only meaningful as ratios
 * measured in the same run; nothing here asserts a time.
 */
public final class Bench {
    /**
     * The figures of one benchmark.
     *
     * @param scale k
     * @param circuits circuits of the territory
     * @param establishments establishments of the inventory
     * @param loadMs first load of the precompiled rule base in this JVM
     * @param engineMs median engine evaluation time
     * @param baselineMs median time of the fast hand-written baseline
     * @param plainMs median time of the straightforward hand-written baseline (hash maps), NaN when not run
     * @param heapMb peak heap used, MiB
     * @param lines deficit lines (the same for both, checked)
     */
    public record Result(int scale, int circuits, int establishments, double loadMs, double engineMs,
                         double baselineMs, double plainMs, double heapMb, int lines) {
        /** Engine time over baseline time. */
        public double ratio() {
            return engineMs / baselineMs;
        }

        /** The machine-readable line. */
        public String line() {
            return String.format(Locale.ROOT, "bench scale=%d engine_ms=%.1f baseline_ms=%.1f ratio=%.2f plain_ms=%s"
                    + " heap_mb=%.0f load_ms=%.1f", scale, engineMs, baselineMs, ratio(), Double.isNaN(plainMs) ? "-"
                    : String.format(Locale.ROOT, "%.1f", plainMs), heapMb, loadMs);
        }
    }

    private Bench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param scale k
     * @param threads engine threads
     * @param warmups runs discarded before measuring
     * @param runs measured runs (the median is reported)
     * @param out progress and the report
     * @throws IllegalStateException when the engine and the baseline disagree
     */
    public static Result run(int scale, int threads, int warmups, int runs, PrintWriter out) {
        return run(scale, threads, warmups, runs, true, out);
    }

    /**
     * Runs the benchmark, with or without the straightforward baseline (slow at large scales).
     *
     * @param scale k
     * @param threads engine threads
     * @param warmups runs discarded before measuring
     * @param runs measured runs (the median is reported)
     * @param straightforward also cross-check and time the straightforward baseline
     * @param out progress and the report
     * @throws IllegalStateException when the engine and a baseline disagree
     */
    public static Result run(int scale, int threads, int warmups, int runs, boolean straightforward,
                             PrintWriter out) {
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long t0 = System.nanoTime();
        StandardsEngine engine = StandardsEngine.embedded();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        TerritoryData data = ScaleGenerator.territory(scale);
        Territory territory = Territory.of(data);
        Inventory inventory = ScaleGenerator.inventory(data, engine.catalogue(), 20);
        out.printf(Locale.ROOT, "scale %d: %,d circuits, %,d districts, %,d zones, %,d establishments%n", scale,
                territory.circuits().size(), territory.districts().size(), territory.zones().size(),
                inventory.establishments().size());
        EvaluationOptions options = EvaluationOptions.DEFAULTS.withThreads(threads).withDuplicateDistance(0);
        BaselineEvaluator baseline = new BaselineEvaluator(engine);
        StraightforwardBaseline plain = new StraightforwardBaseline(engine.catalogue(), engine.rules());
        // Cross-check by digest so two results never sit in memory together; on a mismatch, find the line.
        List<DeficitLine> engineLines = engine.evaluate(territory, inventory, options).lines();
        int lineCount = engineLines.size();
        String engineDigest = digest(engineLines, true);
        String engineCore = digest(engineLines, false);
        engineLines = null;
        List<DeficitLine> baselineLines = baseline.lines(territory, inventory);
        if (!engineDigest.equals(digest(baselineLines, true))) {
            throw disagreement("baseline", engine.evaluate(territory, inventory, options).lines(), baselineLines, true);
        }
        baselineLines = null;
        out.printf(Locale.ROOT, "engine and baseline agree on all %,d deficit lines, every field%n", lineCount);
        if (straightforward) {
            List<DeficitLine> plainLines = plain.lines(territory, inventory);
            if (!engineCore.equals(digest(plainLines, false))) {
                throw disagreement("straightforward baseline", engine.evaluate(territory, inventory, options)
                        .lines(), plainLines, false);
            }
            plainLines = null;
            out.printf(Locale.ROOT, "engine and straightforward baseline agree on all %,d lines (unit, rule, figures,"
                    + " provenance, inputs)%n", lineCount);
        }
        double engineMs = median(warmups, runs, () -> engine.evaluate(territory, inventory, options).lines().size());
        double baselineMs = median(warmups, runs, () -> baseline.lines(territory, inventory).size());
        double plainMs = straightforward ? median(warmups, runs, () -> plain.lines(territory, inventory).size())
                : Double.NaN;
        double heapMb = sampler.finish();
        Result r = new Result(scale, territory.circuits().size(), inventory.establishments().size(), loadMs, engineMs,
                baselineMs, plainMs, heapMb, lineCount);
        out.printf(Locale.ROOT, "rule base load (first in this JVM): %.1f ms%n", loadMs);
        out.printf(Locale.ROOT, "engine:   median %.1f ms of %d runs after %d warm-up (%d threads)%n", engineMs, runs,
                warmups, threads);
        out.printf(Locale.ROOT, "baseline: median %.1f ms of %d runs after %d warm-up (1 thread, arrays)%n",
                baselineMs, runs, warmups);
        if (straightforward) {
            out.printf(Locale.ROOT, "straightforward baseline: median %.1f ms (1 thread, hash maps)%n", plainMs);
        }
        out.printf(Locale.ROOT, "ratio engine/baseline: %.2f; engine %.0f establishments/s; peak heap used %.0f MiB (sampled every 5 ms; max heap %d MiB)%n",
                r.ratio(), inventory.establishments().size() / (engineMs / 1000), heapMb,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println(r.line());
        out.flush();
        return r;
    }

    /** The first line where two results differ (every field, or the core ones), as an exception naming both. */
    private static IllegalStateException disagreement(String what, List<DeficitLine> engine, List<DeficitLine> other,
                                                      boolean all) {
        int i = 0;
        while (i < Math.min(engine.size(), other.size()) && text(engine.get(i), all).equals(text(other.get(i), all))) {
            i++;
        }
        return new IllegalStateException("engine and " + what + " disagree at line " + i + " of " + engine.size()
                + " / " + other.size() + ": " + (i < engine.size() ? engine.get(i) : "-") + " vs "
                + (i < other.size() ? other.get(i) : "-"));
    }

    /**
     * SHA-256 over the lines in order: every field ({@code all}), or only those the straightforward baseline gives
     * (scope, unit, sector, typology, measure, figures, rule, standard, provenance, inputs).
     */
    static String digest(List<DeficitLine> lines, boolean all) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (DeficitLine l : lines) {
                md.update(text(l, all).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(DeficitLine l, boolean all) {
        String core = l.scope() + "|" + l.code() + "|" + l.name() + "|" + l.sector() + "|" + l.typology() + "|"
                + l.measure() + "|" + l.required() + "|" + l.usableSupply() + "|" + l.repairSupply() + "|"
                + l.deficit() + "|" + l.surplus() + "|" + l.rule() + "|" + l.standard() + "|" + l.provenance() + "|"
                + l.inputs();
        return (all ? core + "|" + new java.util.TreeSet<>(l.supply()) + "|" + l.assessment() + "|" + l.comparedAt()
                + "|" + l.comparison() + "|" + l.sources() + "|" + l.status() : core) + "\n";
    }

    static double median(int warmups, int runs, Supplier<Integer> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        return median(times);
    }

    /** The median of some values (the mean of the two middle ones when their count is even); NaN when none. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Samples the used heap every 5 ms and keeps the largest value seen. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        double finish() {
            running = false;
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            return peak / (1024.0 * 1024.0);
        }
    }
}
