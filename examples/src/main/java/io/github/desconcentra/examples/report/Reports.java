package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.territory.internal.CsvOutput;
import io.github.desconcentra.territory.internal.InOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes every output of a run into a folder: {@code summary.txt}, {@code deficits.csv}, {@code costs.csv},
 * {@code not_costed.csv}, {@code ideal_where_unknown.csv}, {@code plan.csv}, {@code unfunded.csv},
 * {@code excluded.csv}, {@code rejected.csv}, {@code report.json}, {@code deficits.geojson}, {@code report.html} and
 * {@code report.xlsx}. Every file states the inventory sources: per line in the CSVs ({@code sources} and
 * {@code status} columns, and the file of each excluded or rejected record), in the metadata of the JSON and on every
 * GeoJSON feature. The summary and the workbook's headers are in the language of the {@link ReportOptions}; CSV
 * column names and JSON keys are English in every language. The same run and options give byte-identical files unless
 * a timestamp is asked for.
 *
 * <p>Callable without the command line: build a {@link RunResult} from one's own territory, inventory, evaluation,
 * costs and plan and call {@link #write(RunResult, Path, ReportOptions)} (see {@code WriteAReportExample}).
 */
public final class Reports {
    /** The files written, in order. */
    public static final List<String> FILES = List.of("summary.txt", "deficits.csv", "costs.csv",
            "not_costed.csv", "ideal_where_unknown.csv", "plan.csv", "unfunded.csv", "excluded.csv", "rejected.csv",
            "report.json", "deficits.geojson", "report.html", "report.xlsx");

    /**
     * Whether each writer's wall and thread CPU are printed to standard error (system property
     * {@code desconcentra.report.timing=true}): how the phase is profiled, never in a test.
     */
    private static final boolean TIMING = Boolean.getBoolean("desconcentra.report.timing");
    private static final java.lang.management.ThreadMXBean THREADS = TIMING
            ? java.lang.management.ManagementFactory.getThreadMXBean() : null;

    private Reports() {
    }

    /**
     * Writes the outputs with the {@linkplain ReportOptions#defaults() default options} and a timestamp.
     *
     * @param timestamp the run's wall-clock time for report.json, or null for none
     * @return the summary text
     * @throws UncheckedIOException when a file cannot be written
     */
    public static String write(RunResult run, Path out, Instant timestamp) {
        return write(run, out, ReportOptions.defaults().withTimestamp(timestamp));
    }

    /**
     * Writes the outputs of a run into a folder, creating it when absent. Each file is written whole by one of a few
     * helper (daemon) threads, as many as the processors available, the largest files first; the call returns when
     * all are done. The bytes do not depend on the number of threads or their speed.
     *
     * @param run the run, not null
     * @param out the folder, not null
     * @param options language, CSV byte-order mark and timestamp, not null
     * @return the summary text, as written to summary.txt
     * @throws UncheckedIOException naming the folder when a file cannot be written
     */
    public static String write(RunResult run, Path out, ReportOptions options) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        Map<String, Long> threadsAtStart = TIMING ? threadCpu() : null;
        Figures f = new Figures(run);
        if (TIMING) {
            System.err.printf(java.util.Locale.ROOT, "report timing: %-24s wall %4d ms%n", "figures",
                    (System.nanoTime() - start) / 1_000_000);
        }
        boolean bom = options.csvByteOrderMark();
        Instant timestamp = options.timestamp().orElse(null);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
        // The writers share nothing mutable (each file is written whole by one thread, with its own messages; the
        // figures are complete before they start; the drill-down, and the deficits rows that deficits.csv and the
        // workbook's deficits sheet both print, are made once by the first writer that needs them), so they run on
        // a pool, the longest first (measured per writer's thread CPU: the workbook, then deficits.geojson,
        // report.json, the page and deficits.csv), which keeps every processor busy until the short ones are left.
        // The summary is one of them: nothing waits for it before the pool starts.
        String[] summary = new String[1];
        List<Writer> writers = List.of(
                new Writer("report.xlsx", file -> ReportExcel.write(f, Messages.of(options.language()), timestamp,
                        file)),
                new Writer("deficits.geojson", file -> ReportGeoJson.write(f, file)),
                new Writer("report.json", file -> ReportJson.write(f, timestamp, file)),
                new Writer("report.html", file -> ReportHtml.write(f, options.language(), file)),
                new Writer("deficits.csv", file -> CsvOutput.write(file, DeficitsCsv.COLUMNS, f.deficitRows(), bom)),
                new Writer("summary.txt", file -> {
                    summary[0] = SummaryText.render(f, Messages.of(options.language()));
                    Files.writeString(file, summary[0]);
                }),
                new Writer("not_costed.csv", file -> CsvOutput.write(file, CostingCsv.NOT_COSTED_COLUMNS,
                        CostingCsv.notCostedRows(run.costs(), run.territory()), bom)),
                new Writer("plan.csv", file -> CsvOutput.write(file, CostingCsv.PLAN_COLUMNS,
                        CostingCsv.planRows(run.plan(), run.territory()), bom)),
                new Writer("excluded.csv", file -> CsvOutput.write(file, InventoryIo.RECORD_COLUMNS,
                        InventoryIo.excludedRows(run.inventory().excluded()), bom)),
                new Writer("ideal_where_unknown.csv", file -> CsvOutput.write(file, CostingCsv.COST_COLUMNS,
                        CostingCsv.costRows(run.costs().idealWhereUnknown(), run.territory()), bom)),
                new Writer("costs.csv", file -> CsvOutput.write(file, CostingCsv.COST_COLUMNS,
                        CostingCsv.costRows(run.costs().lines(), run.territory()), bom)),
                new Writer("unfunded.csv", file -> CsvOutput.write(file, CostingCsv.UNFUNDED_COLUMNS,
                        CostingCsv.unfundedRows(run.plan(), run.territory()), bom)),
                new Writer("rejected.csv", file -> CsvOutput.write(file, InventoryIo.RECORD_COLUMNS,
                        InventoryIo.rejectedRows(run.inventory().rejected()), bom)));
        int threads = Math.max(1, Math.min(writers.size(), Runtime.getRuntime().availableProcessors()));
        try {
            InOrder.run(writers.size(), threads, "desconcentra-report", k -> {
                Writer w = writers.get(k);
                long wall = System.nanoTime();
                long cpu = TIMING ? THREADS.getCurrentThreadCpuTime() : 0;
                try {
                    w.body().write(out.resolve(w.file()));
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
                if (TIMING) {
                    System.err.printf(java.util.Locale.ROOT, "report timing: %-24s wall %4d ms, thread CPU %4d ms, "
                            + "%s%n", w.file(), (System.nanoTime() - wall) / 1_000_000,
                            (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, Thread.currentThread().getName());
                }
                return null;
            });
            if (TIMING) {
                System.err.printf(java.util.Locale.ROOT, "report timing: %-24s wall %4d ms%n", "phase",
                        (System.nanoTime() - start) / 1_000_000);
                // Every thread's CPU in the phase by name (the JIT compiler and the collector are on the same cores).
                Map<String, Long> cpu = threadCpu();
                threadsAtStart.forEach((name, at) -> cpu.merge(name, -at, Long::sum));
                cpu.forEach((name, ms) -> System.err.printf(java.util.Locale.ROOT,
                        "report timing: threads %-16s CPU %4d ms%n", name, ms));
            }
            // InOrder.run returned after every task, so the summary task's write is seen here.
            return summary[0];
        } catch (WriteFailure e) {
            IOException io = e.getCause();
            throw new UncheckedIOException("cannot write the report to " + out + ": " + io.getMessage(), io);
        }
    }

    /**
     * The CPU time of the process's threads so far, in ms, summed by thread name (Linux {@code /proc/self/task}),
     * for the timing switch only; empty where there is no such file system.
     */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> cpu = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return cpu;
        }
        long tick = 10;
        try (java.util.stream.Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9#]+$", "").strip();
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    cpu.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // A thread that ended meanwhile.
                }
            }
        } catch (IOException e) {
            return cpu;
        }
        return cpu;
    }

    /** A writer's {@link IOException}, carried out of {@link InOrder#run} (the first in the files' order). */
    private static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** One output file and what writes it. */
    private record Writer(String file, Body body) {
    }

    /** Writes one file. */
    @FunctionalInterface
    private interface Body {
        void write(Path file) throws IOException;
    }
}
