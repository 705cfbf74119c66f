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
import java.util.ArrayList;
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
     * @param baselineMs median baseline evaluation time
     * @param heapMb peak heap used, MiB
     * @param lines deficit lines (the same for both, checked)
     */
    public record Result(int scale, int circuits, int establishments, double loadMs, double engineMs,
                         double baselineMs, double heapMb, int lines) {
        /** Engine time over baseline time. */
        public double ratio() {
            return engineMs / baselineMs;
        }

        /** The machine-readable line. */
        public String line() {
            return String.format(Locale.ROOT, "bench scale=%d engine_ms=%.1f baseline_ms=%.1f ratio=%.2f heap_mb=%.0f"
                    + " load_ms=%.1f", scale, engineMs, baselineMs, ratio(), heapMb, loadMs);
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
        BaselineEvaluator baseline = new BaselineEvaluator(engine.catalogue(), engine.rules());
        // Cross-check by digest so the two results never sit in memory together; on a mismatch, find the line.
        List<DeficitLine> engineLines = engine.evaluate(territory, inventory, options).lines();
        int lineCount = engineLines.size();
        String engineDigest = digest(engineLines);
        engineLines = null;
        List<DeficitLine> baselineLines = baseline.lines(territory, inventory);
        if (!engineDigest.equals(digest(baselineLines))) {
            List<DeficitLine> again = engine.evaluate(territory, inventory, options).lines();
            int i = 0;
            while (i < Math.min(again.size(), baselineLines.size()) && again.get(i).equals(baselineLines.get(i))) {
                i++;
            }
            throw new IllegalStateException("engine and baseline disagree at line " + i + ": "
                    + (i < again.size() ? again.get(i) : "-") + " vs "
                    + (i < baselineLines.size() ? baselineLines.get(i) : "-"));
        }
        baselineLines = null;
        out.printf(Locale.ROOT, "engine and baseline agree on all %,d deficit lines%n", lineCount);
        double engineMs = median(warmups, runs, () -> engine.evaluate(territory, inventory, options).lines().size());
        double baselineMs = median(warmups, runs, () -> baseline.lines(territory, inventory).size());
        double heapMb = sampler.finish();
        Result r = new Result(scale, territory.circuits().size(), inventory.establishments().size(), loadMs, engineMs,
                baselineMs, heapMb, lineCount);
        out.printf(Locale.ROOT, "rule base load (first in this JVM): %.1f ms%n", loadMs);
        out.printf(Locale.ROOT, "engine:   median %.1f ms of %d runs after %d warm-up (%d threads)%n", engineMs, runs,
                warmups, threads);
        out.printf(Locale.ROOT, "baseline: median %.1f ms of %d runs after %d warm-up (1 thread)%n", baselineMs, runs,
                warmups);
        out.printf(Locale.ROOT, "ratio engine/baseline: %.2f; engine %.0f establishments/s; peak heap used %.0f MiB (sampled every 5 ms; max heap %d MiB)%n",
                r.ratio(), inventory.establishments().size() / (engineMs / 1000), heapMb,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println(r.line());
        out.flush();
        return r;
    }

    /** SHA-256 over every field of every line, in order. */
    static String digest(List<DeficitLine> lines) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (DeficitLine l : lines) {
                md.update((l.scope() + "|" + l.code() + "|" + l.name() + "|" + l.sector() + "|" + l.typology() + "|"
                        + l.measure() + "|" + l.required() + "|" + l.usableSupply() + "|" + l.repairSupply() + "|"
                        + l.deficit() + "|" + l.surplus() + "|" + l.rule() + "|" + l.standard() + "|"
                        + l.provenance() + "|" + l.inputs() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(int warmups, int runs, Supplier<Integer> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(null);
        int n = times.size();
        return n % 2 == 1 ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
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
