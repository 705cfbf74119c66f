package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.InventoryIo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes every output of a run into a folder: {@code summary.txt}, {@code deficits.csv}, {@code costs.csv},
 * {@code not_costed.csv}, {@code ideal_where_unknown.csv}, {@code plan.csv}, {@code unfunded.csv},
 * {@code excluded.csv}, {@code rejected.csv}, {@code report.json}, {@code deficits.geojson} and {@code report.html}.
 * Every file states the inventory sources: per line in the CSVs ({@code sources} and {@code status} columns, and the
 * file of each excluded or rejected record), in the metadata of the JSON and on every GeoJSON feature. The same run
 * gives byte-identical files unless a timestamp is asked for.
 */
public final class Reports {
    /** The files written, in order. */
    public static final java.util.List<String> FILES = java.util.List.of("summary.txt", "deficits.csv", "costs.csv",
            "not_costed.csv", "ideal_where_unknown.csv", "plan.csv", "unfunded.csv", "excluded.csv", "rejected.csv",
            "report.json", "deficits.geojson", "report.html");

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
     * Writes the outputs of a run into a folder, creating it when absent.
     *
     * @param run the run, not null
     * @param out the folder, not null
     * @param options language, CSV byte-order mark and timestamp, not null
     * @return the summary text, as written to summary.txt
     * @throws UncheckedIOException naming the folder when a file cannot be written
     */
    public static String write(RunResult run, Path out, ReportOptions options) {
        java.util.Objects.requireNonNull(options, "options");
        Instant timestamp = options.timestamp().orElse(null);
        Figures f = new Figures(run);
        try {
            Files.createDirectories(out);
            String summary = SummaryText.render(f);
            Files.writeString(out.resolve("summary.txt"), summary);
            DeficitsCsv.write(run.evaluation(), out.resolve("deficits.csv"));
            CostingCsv.writeCosts(run.costs(), out.resolve("costs.csv"));
            CostingCsv.writeNotCosted(run.costs(), out.resolve("not_costed.csv"));
            CostingCsv.writeIdealWhereUnknown(run.costs(), out.resolve("ideal_where_unknown.csv"));
            CostingCsv.writePlan(run.plan(), run.territory(), out.resolve("plan.csv"));
            CostingCsv.writeUnfunded(run.plan(), run.territory(), out.resolve("unfunded.csv"));
            InventoryIo.writeExcluded(run.inventory().excluded(), out.resolve("excluded.csv"), true);
            InventoryIo.writeRejected(run.inventory().rejected(), out.resolve("rejected.csv"), true);
            ReportJson.write(f, timestamp, out.resolve("report.json"));
            ReportGeoJson.write(f, out.resolve("deficits.geojson"));
            ReportHtml.write(f, out.resolve("report.html"));
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }
}
