package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@code report.xlsx} with fastexcel (a streaming writer made for large plain workbooks: rows are flushed to
 * the zip as they are made, strings shared, no document model), one pass over each table: sheets summary, deficits,
 * costs, plan, unfunded, coverage and assumptions. Every sheet has its header in the report's language (bold,
 * wrapped), the header row frozen, an autofilter over the table, and number formats (money to the cent with currency
 * and price year in the header, counts grouped, years plain, shares as percentages); the spreadsheet program lays the
 * separators out in its own locale. The rows are those of the CSV files (the same row definitions), so a value in the
 * workbook equals the one in the CSV; values stay the machine ids of the CSVs ({@code assessed}, {@code health});
 * text cells are neutralised against formulas as in the CSVs.
 *
 * <p>Spreadsheet cells hold binary floating point: an amount such as {@code 37651697922.10} is written as its exact
 * decimal and read as the nearest double (exact to the cent below USD 10<sup>13</sup>); the CSVs and report.json keep
 * the exact decimals.
 */
final class ReportExcel {
    /** Columns formatted as money: the header names the currency and price year. */
    private static final Set<String> MONEY = Set.of("capex", "opex_per_year");
    /** Columns formatted as a plain whole number (years, line numbers). */
    private static final Set<String> PLAIN = Set.of("price_year", "start", "opening", "first_needed", "build_years",
            "line", "year");
    /** The earliest time a zip entry can hold (as Excel itself dates them). */
    private static final Date DOS_EPOCH = Date.from(Instant.parse("1980-01-01T00:00:00Z"));
    /** Rows made before a sheet's rows are flushed to the zip. */
    private static final int WINDOW = 256;
    private static final String MONEY_FORMAT = "#,##0.00";
    private static final String COUNT_FORMAT = "#,##0";
    private static final String PLAIN_FORMAT = "0";
    private static final String DECIMAL_FORMAT = "#,##0.00##";
    private static final String PERCENT_FORMAT = "0.0%";
    /** The workbook's core properties part, and the creation time fastexcel writes there (the wall clock). */
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    /** The summary sheet's part of the workbook (its first sheet). */
    private static final String SUMMARY_PART = "xl/worksheets/sheet1.xml";
    private static final Pattern CREATED = Pattern.compile("<dcterms:created [^>]*>[^<]*</dcterms:created>");

    private ReportExcel() {
    }

    /**
     * Writes the workbook.
     *
     * @param created the time recorded as the workbook's creation, or null for none (reruns then give the same bytes)
     */
    static void write(Figures f, Messages m, Instant created, Path file) throws IOException {
        RunResult run = f.run;
        begin(f, m, summaryRows(f, m, run.territoryLabel(), run.plan().budget().lastYear(), f.outcomes()), false,
                file.toAbsolutePath().getParent()).end(f, m, created, file);
    }

    /**
     * Writes the workbook's sheets that come before the plan's (the summary, deficits and costs) into a temporary
     * file of a folder: {@link Begun#end} writes the rest. The sheets that follow cite the summary's text cells by
     * their rank among the workbook's shared strings, and its number formats by their rank among its styles, so a
     * summary made before the plan must hold the text and the kinds of value of the plan's (see
     * {@link #summaryAhead}); {@link Begun#fits} tells whether it does.
     *
     * @param summary the summary sheet's rows
     * @param ahead true when the summary's figures of the plan are stand-ins, replaced at the end
     */
    static Begun begin(Figures f, Messages m, List<Object[]> summary, boolean ahead, Path folder)
            throws IOException {
        // fastexcel dates its core properties with the wall clock (the zip entries it dates 1980): it writes into a
        // temporary file whose entries are then copied, compressed as they are, with the creation time asked for.
        Path raw = Files.createTempFile(folder, ".report-", ".xlsx");
        OutputStream out = null;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16);
            Workbook wb = new Workbook(out, "Desconcentra", null);
            Set<String> formatted = new java.util.HashSet<>();
            RunResult run = f.run;
            String money = money(run);
            summaryTable(wb, formatted, m, money, summary);
            table(wb, formatted, m, "sheet.deficits", DeficitsCsv.COLUMNS, money, f.deficitRows());
            table(wb, formatted, m, "sheet.costs", CostingCsv.COST_COLUMNS, money,
                    CostingCsv.costRows(run.costs().lines(), run.territory()));
            return new Begun(raw, out, wb, formatted, money, summary, ahead);
        } catch (IOException | RuntimeException | Error e) {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            Files.deleteIfExists(raw);
            throw e;
        }
    }

    /**
     * The summary sheet made before the plan, for {@link #begin}: the plan's figures stand at zero, and the text
     * citing the plan's last year cites the one expected.
     */
    static List<Object[]> summaryAhead(Figures f, Messages m, String territoryLabel, int lastPlanYear) {
        return summaryRows(f, m, territoryLabel, lastPlanYear, null);
    }

    /**
     * A workbook whose first sheets are written ({@link #begin}), waiting for the plan's: {@link #end} writes the
     * rest and the file, {@link #discard} drops it. Used by one thread at a time.
     */
    static final class Begun {
        private final Path raw;
        private final OutputStream out;
        private final Workbook wb;
        private final Set<String> formatted;
        private final String money;
        private final List<Object[]> summary;
        private final boolean ahead;

        private Begun(Path raw, OutputStream out, Workbook wb, Set<String> formatted, String money,
                      List<Object[]> summary, boolean ahead) {
            this.raw = raw;
            this.out = out;
            this.wb = wb;
            this.formatted = formatted;
            this.money = money;
            this.summary = summary;
            this.ahead = ahead;
        }

        /**
         * True when the summary sheet written can be replaced by one of these rows without changing any other part
         * of the workbook: the same rows, the same text in the same cells, and numbers of the same kind (so the same
         * number formats) where it holds numbers.
         */
        boolean fits(List<Object[]> rows) {
            if (rows.size() != summary.size()) {
                return false;
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] mine = summary.get(r);
                Object[] theirs = rows.get(r);
                if (mine.length != theirs.length) {
                    return false;
                }
                for (int c = 0; c < mine.length; c++) {
                    Object a = mine[c];
                    Object b = theirs[c];
                    if (a == null || b == null || a instanceof String || b instanceof String
                            ? !java.util.Objects.equals(a, b) : a.getClass() != b.getClass()) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Writes the sheets of the plan and after, then the file, with the summary's figures of the plan when they
         * were stand-ins: the bytes {@link ReportExcel#write} gives. The temporary file is removed whatever happens.
         *
         * @throws IllegalStateException when a summary made ahead does not {@linkplain #fits fit} the run's
         */
        void end(Figures f, Messages m, Instant created, Path file) throws IOException {
            try {
                RunResult run = f.run;
                List<Object[]> rows = ahead ? summaryRows(f, m, run.territoryLabel(), run.plan().budget().lastYear(),
                        f.outcomes()) : summary;
                if (!fits(rows)) {
                    discard();
                    throw new IllegalStateException("the workbook's summary was made for another plan");
                }
                try (out) {
                    table(wb, formatted, m, "sheet.plan", CostingCsv.PLAN_COLUMNS, money,
                            CostingCsv.planRows(run.plan(), run.territory()));
                    table(wb, formatted, m, "sheet.unfunded", CostingCsv.UNFUNDED_COLUMNS, money,
                            CostingCsv.unfundedRows(run.plan(), run.territory()));
                    table(wb, formatted, m, "sheet.coverage", List.of("zone", "district", "name", "sector",
                            "assessment", "sources"), money, coverageRows(f));
                    table(wb, formatted, m, "sheet.assumptions", List.of("kind", "id", "status", "source"), money,
                            sink -> {
                                for (ReportJson.Assumption a : ReportJson.Assumption.all(run)) {
                                    sink.record(a.kind(), a.id(), a.provenance().status().id(),
                                            a.provenance().source());
                                }
                            });
                    wb.finish();
                }
                withCreationTime(raw, created, file, ahead ? summarySheet(m, rows, money) : null);
            } finally {
                Files.deleteIfExists(raw);
            }
        }

        /** Drops the workbook: its temporary file is removed. */
        void discard() {
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                // Removed below all the same.
            }
            try {
                Files.deleteIfExists(raw);
            } catch (IOException e) {
                // A temporary file left behind.
            }
        }
    }

    /** The currency and price year the money columns' headers name. */
    private static String money(RunResult run) {
        return Money.USD.getCurrencyCode() + " " + run.costs().priceYear();
    }

    /**
     * The summary sheet's part as the whole workbook holds it: made as the first sheet of a workbook of its own, it
     * cites the same shared strings and styles (the first sheet numbers them in both) and is compressed alike.
     */
    private static byte[] summarySheet(Messages m, List<Object[]> rows, String money) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 14);
        Workbook wb = new Workbook(bytes, "Desconcentra", null);
        summaryTable(wb, new java.util.HashSet<>(), m, money, rows);
        wb.finish();
        return bytes.toByteArray();
    }

    /** The summary sheet of its rows ({@link #summaryRows}), as the first sheet of a workbook. */
    private static void summaryTable(Workbook wb, Set<String> formatted, Messages m, String money, List<Object[]> rows)
            throws IOException {
        table(wb, formatted, m, "sheet.summary", List.of("item", "value"), money, sink -> {
            for (Object[] r : rows) {
                sink.record(r);
            }
        });
    }

    /**
     * Copies the workbook's zip entry by entry, still compressed, each dated 1980-01-01 00:00, with the core
     * properties' creation time replaced by the one asked for (or removed when none), so that the same run gives the
     * same bytes.
     */
    private static void withCreationTime(Path zip, Instant created, Path file, byte[] summaryWorkbook)
            throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
             ZipFile summary = summaryWorkbook == null ? null : ZipFile.builder().setSeekableByteChannel(
                     new SeekableInMemoryByteChannel(summaryWorkbook)).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(
                     new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (ZipArchiveEntry written : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipFile from = in;
                ZipArchiveEntry e = written;
                if (summary != null && e.getName().equals(SUMMARY_PART)) {
                    from = summary;
                    e = summary.getEntry(SUMMARY_PART);
                    if (e == null) {
                        throw new IllegalStateException("the summary's workbook holds no " + SUMMARY_PART);
                    }
                }
                if (e.getName().equals(CORE_PROPERTIES)) {
                    byte[] xml;
                    try (InputStream data = in.getInputStream(e)) {
                        xml = coreProperties(new String(data.readAllBytes(), StandardCharsets.UTF_8), created)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                    copy.setTime(DOS_EPOCH.getTime());
                    out.putArchiveEntry(copy);
                    out.write(xml);
                    out.closeArchiveEntry();
                } else {
                    ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                    copy.setMethod(e.getMethod());
                    copy.setCrc(e.getCrc());
                    copy.setSize(e.getSize());
                    copy.setCompressedSize(e.getCompressedSize());
                    copy.setTime(DOS_EPOCH.getTime());
                    try (InputStream data = from.getRawInputStream(e)) {
                        out.addRawArchiveEntry(copy, data);
                    }
                }
            }
        }
    }

    /** The core properties with the creation time asked for, to the second, or none. */
    static String coreProperties(String xml, Instant created) {
        Matcher at = CREATED.matcher(xml);
        if (!at.find()) {
            throw new IllegalStateException("the workbook's core properties hold no creation time: " + xml);
        }
        String replacement = created == null ? "" : "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS).atOffset(
                        ZoneOffset.UTC)) + "</dcterms:created>";
        return xml.substring(0, at.start()) + replacement + xml.substring(at.end());
    }

/** The coverage of every district and sector: how far its supply is known, and from which sources. */
    private static CsvOutput.Rows coverageRows(Figures f) {
        Territory t = f.run.territory();
        return sink -> {
            for (Map.Entry<UnitCode, SortedMap<Sector, Evaluation.Coverage>> e : f.districtCoverage().entrySet()) {
                District d = t.district((DistrictCode) e.getKey());
                for (Map.Entry<Sector, Evaluation.Coverage> c : e.getValue().entrySet()) {
                    sink.record(d.zone().value(), d.code().value(), d.name(), c.getKey().id(),
                            c.getValue().assessment().id(), String.join("; ", c.getValue().sources()));
                }
            }
        };
    }

    /**
     * The national figures as label and value, one a row; with no outcomes, those of the plan at zero (of the same
     * kinds) and the plan's last year as given.
     */
    private static List<Object[]> summaryRows(Figures f, Messages m, String territoryLabel, int lastPlanYear,
                                              io.github.desconcentra.costing.PlanOutcomes outcomes) {
        RunResult run = f.run;
        String money = money(run);
        Territory t = run.territory();
        UnitCode nation = t.nation().code();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {m.get("xlsx.territory"), territoryLabel});
        rows.add(new Object[] {m.get("xlsx.population_year"), new Year(t.year())});
        rows.add(new Object[] {m.get("xlsx.price_year"), new Year(run.costs().priceYear())});
        rows.add(new Object[] {m.get("xlsx.population"), t.population(nation)});
        rows.add(new Object[] {m.get("xlsx.zones"), (long) t.zones().size()});
        rows.add(new Object[] {m.get("xlsx.districts"), (long) t.districts().size()});
        rows.add(new Object[] {m.get("xlsx.circuits"), (long) t.circuits().size()});
        rows.add(new Object[] {m.get("xlsx.capex", money), new Amount(f.capex(nation).amount())});
        rows.add(new Object[] {m.get("xlsx.opex", money), new Amount(f.opex(nation).amount())});
        for (Sector s : Sector.values()) {
            rows.add(new Object[] {m.get("xlsx.capex_sector", money, m.sector(s)),
                    new Amount(f.capex(nation, s.id()).amount())});
        }
        boolean known = outcomes != null;
        rows.add(new Object[] {m.get("xlsx.funded_capex", money),
                new Amount(known ? outcomes.fundedCapex().amount() : BigDecimal.ZERO)});
        rows.add(new Object[] {m.get("xlsx.recurrent_committed", money),
                new Amount(known ? outcomes.recurrentCommitted().amount() : BigDecimal.ZERO)});
        rows.add(new Object[] {m.get("xlsx.people_in_gap"), known ? outcomes.peopleInGap() : 0L});
        rows.add(new Object[] {m.get("xlsx.people_served", Integer.toString(lastPlanYear)),
                known ? outcomes.peopleServed() : 0L});
        rows.add(new Object[] {m.get("xlsx.share_served"), new Share(known ? SummaryText.share(
                outcomes.peopleServed(), outcomes.peopleInGap()) : BigDecimal.ZERO)});
        rows.add(new Object[] {m.get("xlsx.sources"), String.join("; ", f.sources())});
        return rows;
    }

    /** A year: written without grouping. */
    private record Year(int value) {
    }

    /** An amount of money. */
    private record Amount(BigDecimal value) {
    }

    /** A share, 0.1234 for 12.34 %. */
    private record Share(BigDecimal value) {
    }

    /** One sheet, written whole (header, rows, frozen header, autofilter) before the next one starts. */
    private static void table(Workbook wb, Set<String> formatted, Messages m, String sheetKey, List<String> columns,
                              String money, CsvOutput.Rows rows) throws IOException {
        Worksheet sheet = wb.newWorksheet(m.get(sheetKey));
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            String header = CsvOutput.neutralise(MONEY.contains(name) ? m.get("column." + name, money)
                    : m.get("column." + name));
            sheet.value(0, c, header);
            sheet.style(0, c).bold().wrapText(true).set();
            sheet.width(c, Math.min(60, Math.max(12, header.length() + 3)));
        }
        // Each column's number formats, decided once from its name.
        String[] decimal = new String[columns.size()];
        String[] whole = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            decimal[c] = MONEY.contains(columns.get(c)) ? MONEY_FORMAT : DECIMAL_FORMAT;
            whole[c] = PLAIN.contains(columns.get(c)) ? PLAIN_FORMAT : COUNT_FORMAT;
        }
        sheet.freezePane(0, 1);
        Formats formats = new Formats(sheet, columns.size(), formatted);
        int[] next = {1};
        rows.into(values -> {
            int r = next[0]++;
            for (int c = 0; c < values.length; c++) {
                put(sheet, formats, r, c, values[c], decimal[c], whole[c]);
            }
            if (r % WINDOW == 0) {
                formats.give();
                sheet.flush();
            }
        });
        formats.give();
        sheet.setAutoFilter(0, 0, Math.max(0, next[0] - 1), columns.size() - 1);
        sheet.finish();
    }

    /**
     * One cell: numbers as numbers with their format (a decimal written as its exact digits, which the spreadsheet
     * reads as the nearest double), text neutralised and unstyled, nothing for null.
     */
    private static void put(Worksheet sheet, Formats formats, int r, int c, Object v, String decimal, String whole) {
        if (v == null) {
            return;
        }
        String format;
        if (v instanceof Amount a) {
            sheet.value(r, c, a.value());
            format = MONEY_FORMAT;
        } else if (v instanceof Share s) {
            sheet.value(r, c, s.value());
            format = PERCENT_FORMAT;
        } else if (v instanceof Year y) {
            sheet.value(r, c, y.value());
            format = PLAIN_FORMAT;
        } else if (v instanceof BigDecimal d) {
            sheet.value(r, c, d);
            format = decimal;
        } else if (v instanceof Long || v instanceof Integer) {
            sheet.value(r, c, (Number) v);
            format = whole;
        } else {
            sheet.value(r, c, CsvOutput.neutralise(v.toString()));
            return;
        }
        formats.cell(r, c, format);
    }

    /**
     * The number formats of one sheet's cells, given a column's consecutive cells of one format at once (one style
     * look-up per run instead of one per cell: fastexcel merges and caches a style per call). A format's first cell
     * in the workbook is given its style at once, alone, so that the workbook's styles are numbered in the order of
     * first use as when every cell was styled by itself: the same bytes. Runs are given before rows are flushed.
     */
    private static final class Formats {
        private final Worksheet sheet;
        private final Set<String> formatted;
        private final String[] format;
        private final int[] first;
        private final int[] last;

        Formats(Worksheet sheet, int columns, Set<String> formatted) {
            this.sheet = sheet;
            this.formatted = formatted;
            this.format = new String[columns];
            this.first = new int[columns];
            this.last = new int[columns];
            java.util.Arrays.fill(first, -1);
        }

        void cell(int r, int c, String f) {
            if (formatted.add(f)) {
                give(c);
                sheet.style(r, c).format(f).set();
                return;
            }
            if (first[c] >= 0 && (!f.equals(format[c]) || last[c] != r - 1)) {
                give(c);
            }
            if (first[c] < 0) {
                first[c] = r;
                format[c] = f;
            }
            last[c] = r;
        }

        /** Gives every pending run its format. */
        void give() {
            for (int c = 0; c < first.length; c++) {
                give(c);
            }
        }

        private void give(int c) {
            if (first[c] >= 0) {
                sheet.range(first[c], c, last[c], c).style().format(format[c]).set();
                first[c] = -1;
            }
        }
    }
}
