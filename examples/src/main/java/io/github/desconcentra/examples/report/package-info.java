/**
 * The reports of a run, callable without the command line: {@link io.github.desconcentra.examples.report.Reports#write(
 * io.github.desconcentra.examples.report.RunResult, java.nio.file.Path,
 * io.github.desconcentra.examples.report.ReportOptions)} writes summary.txt, the CSVs, report.json,
 * deficits.geojson, report.html and report.xlsx from a {@link io.github.desconcentra.examples.report.RunResult}, in
 * the language and with the options of a {@link io.github.desconcentra.examples.report.ReportOptions} (Spanish by
 * default). {@link io.github.desconcentra.examples.report.Messages} holds the words of each language (UTF-8 bundles
 * {@code messages_es.properties} and {@code messages_en.properties}) and
 * {@link io.github.desconcentra.examples.report.ReportNumbers} writes numbers, money, percentages and dates for a
 * reader of that language, rounding half to even. Machine-readable files (CSV, JSON, GeoJSON) keep English keys and
 * plain numbers whatever the language.
 */
package io.github.desconcentra.examples.report;
