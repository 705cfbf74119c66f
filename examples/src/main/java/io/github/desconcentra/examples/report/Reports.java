package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
     * Writes the outputs of a run into a folder, creating it when absent. {@code report.xlsx}, and {@code report.json}
     * with {@code deficits.geojson}, are written on two helper (daemon) threads while the calling thread writes the
     * other files; the call returns when all are done.
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
        Figures f = new Figures(run);
        Messages messages = Messages.of(options.language());
        boolean bom = options.csvByteOrderMark();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
        // The workbook, and report.json with deficits.geojson, are the largest writers and share nothing mutable
        // with the others (each file is written whole by one thread; the figures, drill-down included, are complete
        // before they start), so two helper threads write them while this one writes the rest: same bytes whatever
        // the threads' speed.
        f.drillDown();
        ExecutorService helpers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "desconcentra-report");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> workbook = helpers.submit(() -> {
                ReportExcel.write(f, Messages.of(options.language()), options.timestamp().orElse(null),
                        out.resolve("report.xlsx"));
                return null;
            });
            Future<?> json = helpers.submit(() -> {
                ReportJson.write(f, options.timestamp().orElse(null), out.resolve("report.json"));
                ReportGeoJson.write(f, out.resolve("deficits.geojson"));
                return null;
            });
            String summary = SummaryText.render(f, messages);
            Files.writeString(out.resolve("summary.txt"), summary);
            csv(out.resolve("deficits.csv"), DeficitsCsv.COLUMNS, DeficitsCsv.rows(run.evaluation(), run.territory()), bom);
            csv(out.resolve("costs.csv"), CostingCsv.COST_COLUMNS, CostingCsv.costRows(run.costs().lines(), run.territory()), bom);
            csv(out.resolve("not_costed.csv"), CostingCsv.NOT_COSTED_COLUMNS, CostingCsv.notCostedRows(run.costs(), run.territory()),
                    bom);
            csv(out.resolve("ideal_where_unknown.csv"), CostingCsv.COST_COLUMNS,
                    CostingCsv.costRows(run.costs().idealWhereUnknown(), run.territory()), bom);
            csv(out.resolve("plan.csv"), CostingCsv.PLAN_COLUMNS, CostingCsv.planRows(run.plan(), run.territory()),
                    bom);
            csv(out.resolve("unfunded.csv"), CostingCsv.UNFUNDED_COLUMNS,
                    CostingCsv.unfundedRows(run.plan(), run.territory()), bom);
            csv(out.resolve("excluded.csv"), InventoryIo.RECORD_COLUMNS,
                    InventoryIo.excludedRows(run.inventory().excluded()), bom);
            csv(out.resolve("rejected.csv"), InventoryIo.RECORD_COLUMNS,
                    InventoryIo.rejectedRows(run.inventory().rejected()), bom);
            ReportHtml.write(f, options.language(), out.resolve("report.html"));
            await(json, "report.json and deficits.geojson");
            await(workbook, "report.xlsx");
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        } finally {
            helpers.shutdownNow();
        }
    }

    /** Waits for a helper's result, rethrowing its failure as this thread's. */
    private static <T> T await(Future<T> work, String what) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("cannot write " + what + ": " + cause, cause);
        }
    }

    private static void csv(Path file, List<String> columns, CsvOutput.Rows rows, boolean byteOrderMark)
            throws IOException {
        CsvOutput.write(file, columns, rows, byteOrderMark);
    }
}
