package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.territory.internal.CsvOutput;
import io.github.desconcentra.territory.internal.InOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

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
        createFolder(out);
        String[] summary = new String[1];
        List<Writer> writers = writers(f, options, summary);
        List<Task> tasks = writers.stream().map(w -> (Task) () -> w.body().write(out.resolve(w.file()))).toList();
        run(writers, tasks, out, start, threadsAtStart);
        // Every task has ended, so the summary task's write is seen here.
        return summary[0];
    }

    /**
     * Starts the first stage of a run's reports: the files that need no plan ({@link #FIRST_STAGE}) are written on a
     * thread of their own while the caller plans, each into a hidden file of the folder ({@code
     * .desconcentra-<pid>-<n>-<file>.partial}), none yet under its name. {@link Started#finish(RunResult)} then writes
     * the other files and puts those in place, giving the bytes {@link #write(RunResult, Path, ReportOptions)} gives.
     * When the run's {@linkplain CostedRun#lastPlanYear() last plan year} is given, the workbook's sheets that need no
     * plan are written ahead too, on a thread of their own, into a temporary file of the folder;
     * {@link Started#abandon()}, when a later step fails, removes the hidden and temporary files and leaves the folder
     * as it was. Until then a shutdown hook removes them should the process end (an interrupt or termination signal,
     * {@code System.exit}); a process killed outright leaves them.
     *
     * @param costed the run before its plan, not null
     * @param out the folder, not null; created when absent
     * @param options language, CSV byte-order mark and timestamp, not null
     * @return the started reports, to finish or abandon
     * @throws UncheckedIOException naming the folder when it cannot be created
     */
    public static Started start(CostedRun costed, Path out, ReportOptions options) {
        Objects.requireNonNull(costed, "costed");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        createFolder(out);
        return new Started(new Figures(costed.withoutPlan()), out, options, costed);
    }

    private static final AtomicLong STARTED = new AtomicLong();

    /** The files written by the first stage (they need no plan), in the order that stage writes them. */
    public static final List<String> FIRST_STAGE = List.of("deficits.csv", "deficits.geojson", "not_costed.csv",
            "ideal_where_unknown.csv", "excluded.csv", "costs.csv", "rejected.csv");

    /**
     * A run's reports whose {@linkplain #FIRST_STAGE first files} are being written (see
     * {@link Reports#start(CostedRun, Path, ReportOptions)}): finish them with the whole run, or abandon them.
     */
    public static final class Started {
        private final Figures figures;
        private final Path out;
        private final ReportOptions options;
        private final String[] summary = new String[1];
        private final List<Writer> writers;
        /** Each first-stage file's hidden copy once written, or null when it was not (it is written again then). */
        private final Map<String, CompletableFuture<Path>> firstFiles = new HashMap<>();
        /**
         * The workbook's sheets that need no plan, once written (null when they were not); null when the plan's last
         * year is not known in advance (the workbook is written whole at the end then).
         */
        private final CompletableFuture<ReportExcel.Begun> workbook;
        /** Tells apart the hidden files of the reports started by one process. */
        private final long id = STARTED.incrementAndGet();
        private volatile boolean abandoned;
        private boolean ended;
        /**
         * Removes the hidden files should the process end before {@link #finish} or {@link #abandon} have (an
         * interrupt or termination signal, {@code System.exit}): registered while they are being written. A process
         * killed outright (SIGKILL, a power cut) runs no hook and leaves them, named {@code .desconcentra-*.partial}
         * and {@code .report-*.xlsx}.
         */
        private final Thread onExit = new Thread(this::removeHiddenOnExit, "desconcentra-reports-exit");

        private Started(Figures figures, Path out, ReportOptions options, CostedRun costed) {
            this.figures = figures;
            this.out = out;
            this.options = options;
            this.writers = writers(figures, options, summary);
            Runtime.getRuntime().addShutdownHook(onExit);
            if (costed.lastPlanYear() > 0) {
                // The workbook is the longest file to write: its first sheets (nine tenths of its bytes) are written
                // on a thread of their own, beside the other files of the first stage.
                workbook = new CompletableFuture<>();
                Thread thread = new Thread(() -> workbook.complete(abandoned ? null : beginWorkbook(costed)),
                        "desconcentra-early-workbook");
                thread.setDaemon(true);
                thread.start();
            } else {
                workbook = null;
            }
            Map<String, Writer> byFile = new HashMap<>();
            for (Writer w : writers) {
                byFile.put(w.file(), w);
            }
            for (String file : FIRST_STAGE) {
                firstFiles.put(file, new CompletableFuture<>());
            }
            Thread thread = new Thread(() -> {
                for (String file : FIRST_STAGE) {
                    firstFiles.get(file).complete(abandoned ? null : writeHidden(byFile.get(file)));
                }
                if (!abandoned) {
                    // Then the parts of report.json that need no plan, unless report.json has already begun.
                    ahead("report.json (rendered)", figures::renderJsonAhead);
                    // And the page's drill-down data, map and sections, and the summary's, that need no plan either.
                    ahead("report.html (rendered)", () -> {
                        figures.drillJson();
                        Messages m = Messages.of(options.language());
                        if (ReportMap.canDraw(figures.run.territory())) {
                            figures.mapSvg(m);
                        }
                        figures.pageParts(m);
                        figures.summaryAhead(m);
                    });
                }
            }, "desconcentra-early-reports");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * Makes ahead, timed under a label, what a file of the second stage would make itself: should it fail, that
         * file makes it again and says what went wrong there.
         */
        private static void ahead(String label, Runnable work) {
            long wall = System.nanoTime();
            long cpu = TIMING ? THREADS.getCurrentThreadCpuTime() : 0;
            try {
                work.run();
            } catch (RuntimeException e) {
                // Made again by the file that needs it.
            }
            if (TIMING) {
                timing(label, wall, cpu);
            }
        }

        /**
         * Writes a first-stage file into its hidden name, or gives null when it could not (nothing is left then):
         * the second stage writes it again under its name, where any failure is the one writing it at once gives.
         */
        private Path writeHidden(Writer w) {
            Path hidden = out.resolve(".desconcentra-" + ProcessHandle.current().pid() + "-" + id + "-" + w.file()
                    + ".partial");
            long wall = System.nanoTime();
            long cpu = TIMING ? THREADS.getCurrentThreadCpuTime() : 0;
            try {
                w.body().write(hidden);
            } catch (Throwable e) {
                // Any failure, an Error too: every first-stage file's future must be completed, or finish() would
                // wait for it forever; the file is written again at the end, where the same failure is reported.
                deleteQuietly(hidden);
                return null;
            }
            if (TIMING) {
                timing(w.file(), wall, cpu);
            }
            return hidden;
        }

        /**
         * Writes the workbook's sheets that need no plan, with the summary's figures of the plan as stand-ins, or
         * gives null when it could not (nothing is left then): the workbook is written whole at the end, where any
         * failure is the one writing it at once gives.
         */
        private ReportExcel.Begun beginWorkbook(CostedRun costed) {
            long wall = System.nanoTime();
            long cpu = TIMING ? THREADS.getCurrentThreadCpuTime() : 0;
            ReportExcel.Begun begun;
            try {
                Messages m = Messages.of(options.language());
                begun = ReportExcel.begin(figures, m, ReportExcel.summaryAhead(figures, m, costed.territoryLabel(),
                        costed.lastPlanYear()), true, out);
            } catch (Throwable e) {
                // Any failure, an Error too: the future must be completed, or finish() would wait for it forever.
                return null;
            }
            if (TIMING) {
                timing("report.xlsx (begun)", wall, cpu);
            }
            return begun;
        }

        /**
         * Ends the workbook begun in the first stage into its file; false when there is none, or its summary does
         * not fit the plan's, or ending it failed: the workbook is then written whole, and any failure is the one
         * writing it at once gives.
         */
        private boolean endWorkbook(Path file) {
            ReportExcel.Begun begun = workbook.join();
            if (begun == null) {
                return false;
            }
            try {
                begun.end(figures, Messages.of(options.language()), options.timestamp().orElse(null), file);
                return true;
            } catch (Throwable e) {
                begun.discard();
                return false;
            }
        }

        /**
         * Writes the files that need the plan and puts the first stage's files in place: the same bytes, and the
         * same error for the same failure, as {@link Reports#write(RunResult, Path, ReportOptions)}. A first-stage
         * file is moved to its name when nothing has that name or an older run's plain file does (one name, the same
         * owner and permissions), else copied into the file there (as writing it would: through a link, keeping the
         * file's permissions); one not written, or not put in place, is written again.
         *
         * @param run the whole run: the territory, inventory, evaluation and costs given to {@code start}, not null
         * @return the summary text, as written to summary.txt
         * @throws IllegalArgumentException when the run is not the one started
         * @throws IllegalStateException when already finished or abandoned
         * @throws UncheckedIOException naming the folder when a file cannot be written
         */
        public String finish(RunResult run) {
            Objects.requireNonNull(run, "run");
            if (ended) {
                throw new IllegalStateException("the reports were already finished or abandoned");
            }
            figures.complete(run);
            ended = true;
            long start = System.nanoTime();
            Map<String, Long> threadsAtStart = TIMING ? threadCpu() : null;
            List<Task> tasks = new ArrayList<>();
            for (Writer w : writers) {
                Path file = out.resolve(w.file());
                CompletableFuture<Path> first = firstFiles.get(w.file());
                if (workbook != null && w.file().equals("report.xlsx")) {
                    tasks.add(() -> {
                        if (!endWorkbook(file)) {
                            w.body().write(file);
                        }
                    });
                    continue;
                }
                tasks.add(first == null ? () -> w.body().write(file) : () -> {
                    Path hidden = first.join();
                    if (hidden == null || !putInPlace(hidden, file)) {
                        w.body().write(file);
                    }
                });
            }
            try {
                run(writers, tasks, out, start, threadsAtStart);
            } finally {
                removeHidden();
                forgetOnExit();
            }
            return summary[0];
        }

        /**
         * Abandons the reports after a later step failed: waits for the file being written, if any, and removes
         * every hidden file; no file of the folder is changed. Nothing once finished.
         */
        public void abandon() {
            abandoned = true;
            if (!ended) {
                ended = true;
                removeHidden();
                forgetOnExit();
            }
        }

        /** What the exit hook does: no more first-stage files, and those written removed. */
        void removeHiddenOnExit() {
            abandoned = true;
            removeHidden();
        }

        private void forgetOnExit() {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException exiting) {
                // The process is ending: the hook runs, and removing what is already removed is nothing.
            }
        }

        private void removeHidden() {
            if (workbook != null) {
                ReportExcel.Begun begun = workbook.join();
                if (begun != null) {
                    // Nothing once ended; else its temporary file is removed.
                    begun.discard();
                }
            }
            for (CompletableFuture<Path> first : firstFiles.values()) {
                Path hidden = first.join();
                if (hidden != null) {
                    deleteQuietly(hidden);
                }
            }
        }
    }

    /**
     * Puts a hidden copy in place: moved when nothing has the name, copied into the file there when it is a regular
     * file (or a link to one) that can be written; false otherwise, or when that fails (the caller writes it then).
     */
    private static boolean putInPlace(Path hidden, Path file) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(hidden, file);
                return true;
            }
            if (sameAsRewritten(hidden, file)) {
                // An older run's file, which writing would truncate and refill: replaced at once instead.
                Files.move(hidden, file, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            if (Files.isRegularFile(file) && Files.isWritable(file)) {
                try (FileChannel from = FileChannel.open(hidden);
                     FileChannel to = FileChannel.open(file,
                             StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                             StandardOpenOption.TRUNCATE_EXISTING)) {
                    long size = from.size();
                    for (long at = 0; at < size; ) {
                        at += from.transferTo(at, size - at, to);
                    }
                }
                Files.delete(hidden);
                return true;
            }
        } catch (IOException e) {
            // Written again under its name, which says what is wrong as writing it at once would.
        }
        deleteQuietly(hidden);
        return false;
    }

    /**
     * True when a file can be replaced by the hidden copy with the same outcome as writing it again: a regular file
     * (not a link), of one name only (no other link would see it change), writable, with the hidden copy's owner and
     * permissions. False when unsure (no POSIX attributes).
     */
    private static boolean sameAsRewritten(Path hidden, Path file) throws IOException {
        try {
            PosixFileAttributes there = Files.readAttributes(file,
                    PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes mine = Files.readAttributes(hidden,
                    PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return there.isRegularFile() && Files.isWritable(file) && there.owner().equals(mine.owner())
                    && there.group().equals(mine.group()) && there.permissions().equals(mine.permissions())
                    && Integer.valueOf(1).equals(Files.getAttribute(file, "unix:nlink",
                    LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: a hidden file left behind.
        }
    }

    private static void createFolder(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every file and what writes it, in the pool's order: the longest first (measured per writer's thread CPU: the
     * workbook, then deficits.geojson, report.json, the page and deficits.csv), which keeps every processor busy
     * until the short ones are left; when several fail, the first in this order is the one reported.
     */
    private static List<Writer> writers(Figures f, ReportOptions options, String[] summary) {
        boolean bom = options.csvByteOrderMark();
        Instant timestamp = options.timestamp().orElse(null);
        // The writers share nothing mutable (each file is written whole by one thread, with its own messages; the
        // drill-down, and the deficits rows that deficits.csv and the workbook's deficits sheet both print, are made
        // once by the first writer that needs them). The summary is one of them: nothing waits for it.
        return List.of(
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
                        CostingCsv.notCostedRows(f.run.costs(), f.run.territory()), bom)),
                new Writer("plan.csv", file -> CsvOutput.write(file, CostingCsv.PLAN_COLUMNS,
                        CostingCsv.planRows(f.run.plan(), f.run.territory()), bom)),
                new Writer("excluded.csv", file -> CsvOutput.write(file, InventoryIo.RECORD_COLUMNS,
                        InventoryIo.excludedRows(f.run.inventory().excluded()), bom)),
                new Writer("ideal_where_unknown.csv", file -> CsvOutput.write(file, CostingCsv.COST_COLUMNS,
                        CostingCsv.costRows(f.run.costs().idealWhereUnknown(), f.run.territory()), bom)),
                new Writer("costs.csv", file -> CsvOutput.write(file, CostingCsv.COST_COLUMNS,
                        CostingCsv.costRows(f.run.costs().lines(), f.run.territory()), bom)),
                new Writer("unfunded.csv", file -> CsvOutput.write(file, CostingCsv.UNFUNDED_COLUMNS,
                        CostingCsv.unfundedRows(f.run.plan(), f.run.territory()), bom)),
                new Writer("rejected.csv", file -> CsvOutput.write(file, InventoryIo.RECORD_COLUMNS,
                        InventoryIo.rejectedRows(f.run.inventory().rejected()), bom)));
    }

    /**
     * Runs the writers' tasks on a pool as large as the processors and, once every task has ended, throws the
     * failure of the first in the writers' order, if any.
     */
    private static void run(List<Writer> writers, List<Task> tasks, Path out, long start,
                            Map<String, Long> threadsAtStart) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        List<Exception> failures = InOrder.run(tasks.size(), threads, "desconcentra-report", k -> {
            long wall = System.nanoTime();
            long cpu = TIMING ? THREADS.getCurrentThreadCpuTime() : 0;
            try {
                tasks.get(k).write();
            } catch (IOException | RuntimeException e) {
                return e;
            }
            if (TIMING) {
                timing(writers.get(k).file(), wall, cpu);
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
        for (Exception e : failures) {
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the report to " + out + ": " + io.getMessage(), io);
            }
            if (e != null) {
                throw (RuntimeException) e;
            }
        }
    }

    private static void timing(String file, long wall, long cpu) {
        System.err.printf(java.util.Locale.ROOT, "report timing: %-24s wall %4d ms, thread CPU %4d ms, %s%n", file,
                (System.nanoTime() - wall) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                Thread.currentThread().getName());
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

    /** One output file and what writes it. */
    private record Writer(String file, Body body) {
    }

    /** Writes one file. */
    @FunctionalInterface
    private interface Body {
        void write(Path file) throws IOException;
    }

    /** Writes one file into its place. */
    @FunctionalInterface
    private interface Task {
        void write() throws IOException;
    }
}
