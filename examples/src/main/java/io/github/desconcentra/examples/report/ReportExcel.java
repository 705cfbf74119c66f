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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code report.xlsx} with Apache POI's streaming workbook (SXSSF: a window of rows in memory, the rest on
 * disk), one pass over each table: sheets summary, deficits, costs, plan, unfunded, coverage and assumptions. Every
 * sheet has its header in the report's language, the header row frozen, an autofilter over the table, and number
 * formats (money to the cent with currency and price year in the header, counts grouped, years plain, shares as
 * percentages); the spreadsheet program lays the separators out in its own locale. The rows are those of the CSV files
 * (the same row definitions), so a value in the workbook equals the one in the CSV; values stay the machine ids of
 * the CSVs ({@code assessed}, {@code health}); text cells are neutralised against formulas as in the CSVs.
 *
 * <p>Spreadsheet cells hold binary floating point: an amount such as {@code 37651697922.10} is stored as the nearest
 * double (exact to the cent below USD 10<sup>13</sup>); the CSVs and report.json keep the exact decimals.
 */
final class ReportExcel {
    /** Columns formatted as money: the header names the currency and price year. */
    private static final Set<String> MONEY = Set.of("capex", "opex_per_year");
    /** Columns formatted as a plain whole number (years, line numbers). */
    private static final Set<String> PLAIN = Set.of("price_year", "start", "opening", "first_needed", "build_years",
            "line", "year");
    /** The earliest time a zip entry can hold. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** Rows kept in memory per sheet; the rest is flushed to a temporary file. */
    private static final int WINDOW = 200;

    private ReportExcel() {
    }

    /**
     * Writes the workbook.
     *
     * @param created the time recorded as the workbook's creation, or null for none (reruns then give the same bytes)
     */
    static void write(Figures f, Messages m, Instant created, Path file) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.ofNullable(created)
                    .map(Date::from));
            Styles styles = new Styles(wb);
            RunResult run = f.run;
            String money = Money.USD.getCurrencyCode() + " " + run.costs().priceYear();
            summary(wb, styles, f, m, money);
            table(wb, styles, m, "sheet.deficits", DeficitsCsv.COLUMNS, money, DeficitsCsv.rows(run.evaluation(), run.territory()));
            table(wb, styles, m, "sheet.costs", CostingCsv.COST_COLUMNS, money,
                    CostingCsv.costRows(run.costs().lines(), run.territory()));
            table(wb, styles, m, "sheet.plan", CostingCsv.PLAN_COLUMNS, money,
                    CostingCsv.planRows(run.plan(), run.territory()));
            table(wb, styles, m, "sheet.unfunded", CostingCsv.UNFUNDED_COLUMNS, money,
                    CostingCsv.unfundedRows(run.plan(), run.territory()));
            table(wb, styles, m, "sheet.coverage", List.of("zone", "district", "name", "sector", "assessment",
                    "sources"), money, coverageRows(f));
            table(wb, styles, m, "sheet.assumptions", List.of("kind", "id", "status", "source"), money, sink -> {
                for (ReportJson.Assumption a : ReportJson.Assumption.all(run)) {
                    sink.record(a.kind(), a.id(), a.provenance().status().id(), a.provenance().source());
                }
            });
            // POI's entries are read back through the zip's central directory (they carry data descriptors).
            Path raw = Files.createTempFile(file.toAbsolutePath().getParent(), ".report-", ".xlsx");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
                    wb.write(out);
                }
                withFixedEntryTimes(raw, file);
            } finally {
                Files.deleteIfExists(raw);
            }
        } finally {
            wb.close();
        }
    }

    /**
     * Copies the workbook's zip with every entry dated 1980-01-01 00:00 (as Excel itself writes them): POI dates them
     * with the wall clock, and the same run must give the same bytes.
     */
    private static void withFixedEntryTimes(Path zip, Path file) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(DOS_EPOCH);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /** The coverage of every district and sector: how far its supply is known, and from which sources. */
    private static CsvOutput.Rows coverageRows(Figures f) {
        Territory t = f.run.territory();
        return sink -> {
            for (Map.Entry<UnitCode, SortedMap<Sector, Evaluation.Coverage>> e : f.districtCoverage.entrySet()) {
                District d = t.district((DistrictCode) e.getKey());
                for (Map.Entry<Sector, Evaluation.Coverage> c : e.getValue().entrySet()) {
                    sink.record(d.zone().value(), d.code().value(), d.name(), c.getKey().id(),
                            c.getValue().assessment().id(), String.join("; ", c.getValue().sources()));
                }
            }
        };
    }

    /** The national figures as label and value, one a row. */
    private static void summary(SXSSFWorkbook wb, Styles styles, Figures f, Messages m, String money)
            throws IOException {
        RunResult run = f.run;
        Territory t = run.territory();
        UnitCode nation = t.nation().code();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {m.get("xlsx.territory"), run.territoryLabel()});
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
        rows.add(new Object[] {m.get("xlsx.funded_capex", money), new Amount(f.outcomes.fundedCapex().amount())});
        rows.add(new Object[] {m.get("xlsx.recurrent_committed", money),
                new Amount(f.outcomes.recurrentCommitted().amount())});
        rows.add(new Object[] {m.get("xlsx.people_in_gap"), f.outcomes.peopleInGap()});
        rows.add(new Object[] {m.get("xlsx.people_served", Integer.toString(run.plan().budget().lastYear())),
                f.outcomes.peopleServed()});
        rows.add(new Object[] {m.get("xlsx.share_served"), new Share(SummaryText.share(f.outcomes.peopleServed(),
                f.outcomes.peopleInGap()))});
        rows.add(new Object[] {m.get("xlsx.sources"), String.join("; ", f.sources())});
        table(wb, styles, m, "sheet.summary", List.of("item", "value"), money, sink -> {
            for (Object[] r : rows) {
                sink.record(r);
            }
        });
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

    private static void table(SXSSFWorkbook wb, Styles styles, Messages m, String sheetKey, List<String> columns,
                              String money, CsvOutput.Rows rows) throws IOException {
        SXSSFSheet sheet = wb.createSheet(m.get(sheetKey));
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            Cell cell = head.createCell(c);
            cell.setCellValue(CsvOutput.neutralise(MONEY.contains(name) ? m.get("column." + name, money)
                    : m.get("column." + name)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, cell.getStringCellValue().length() + 3)));
        }
        int[] next = {1};
        rows.into(values -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < values.length; c++) {
                put(row, c, columns.get(c), values[c], styles);
            }
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
    }

    private static void put(Row row, int c, String column, Object v, Styles styles) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof Amount a) {
            cell.setCellValue(a.value().doubleValue());
            cell.setCellStyle(styles.money);
        } else if (v instanceof Share s) {
            cell.setCellValue(s.value().doubleValue());
            cell.setCellStyle(styles.percent);
        } else if (v instanceof Year y) {
            cell.setCellValue(y.value());
            cell.setCellStyle(styles.plain);
        } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(MONEY.contains(column) ? styles.money : styles.decimal);
        } else if (v instanceof Long || v instanceof Integer) {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(PLAIN.contains(column) ? styles.plain : styles.count);
        } else {
            cell.setCellValue(CsvOutput.neutralise(v.toString()));
            // The workbook's default style (index 0, written as no attribute): without it POI looks the column's
            // default style up in the sheet's XML for every text cell it flushes.
            cell.setCellStyle(styles.text);
        }
    }

    /** The cell styles of the workbook, made once (a workbook holds at most 64,000 styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle count;
        final CellStyle plain;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle text;

        Styles(SXSSFWorkbook wb) {
            text = wb.getCellStyleAt(0);
            DataFormat format = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            money = style(wb, format, "#,##0.00");
            count = style(wb, format, "#,##0");
            plain = style(wb, format, "0");
            decimal = style(wb, format, "#,##0.00##");
            percent = style(wb, format, "0.0%");
        }

        private static CellStyle style(SXSSFWorkbook wb, DataFormat format, String pattern) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format.getFormat(pattern));
            return s;
        }
    }
}
