package io.github.desconcentra.costing;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvOutput;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Writes {@code costs.csv}, {@code not_costed.csv}, {@code plan.csv} and {@code unfunded.csv}, and reads
 * {@code costs.csv} back (for scenario comparison). Rows are sorted, so the same inputs give the same bytes. Text
 * cells (sectors, typologies, actions, reasons) are neutralised against spreadsheet formulas; amounts and quantities
 * are written as numbers.
 */
public final class CostingCsv {
    /** Columns of {@code costs.csv}. */
    public static final List<String> COST_COLUMNS = List.of("scope", "level", "code", "sector", "typology", "action",
            "quantity", "capex", "opex_per_year", "currency", "price_year");
    /** Columns of {@code plan.csv}. */
    public static final List<String> PLAN_COLUMNS = List.of("year", "project", "level", "code", "sector", "typology",
            "action", "quantity", "capex", "opex_per_year", "priority", "cumulative_spend");
    /** Columns of {@code unfunded.csv}. */
    public static final List<String> UNFUNDED_COLUMNS = List.of("project", "level", "code", "sector", "typology",
            "action", "quantity", "capex", "opex_per_year", "priority", "reason");

    private CostingCsv() {
    }

    private static void write(Path file, List<String> header, CsvOutput.Records rows) {
        try {
            CsvOutput.write(file, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the lines of a cost report. */
    public static void writeCosts(CostReport report, Path file) {
        write(file, COST_COLUMNS, p -> {
            for (CostLine l : report.lines()) {
                p.printRecord(CsvOutput.cells(l.scope(), l.level().id(), l.unit().value(), l.sector(), l.typology(),
                        l.action(), l.quantity(), l.capex().amount(), l.opexPerYear().amount(),
                        l.capex().currency().getCurrencyCode(), l.priceYear()));
            }
        });
    }

    /** Writes the funded projects of a plan. */
    public static void writePlan(Plan plan, Path file) {
        write(file, PLAN_COLUMNS, p -> {
            for (Plan.Funded f : plan.funded()) {
                Project x = f.project();
                p.printRecord(CsvOutput.cells(f.year(), x.id(), x.unit().level().id(), x.unit().value(), x.sector(),
                        x.typology(), x.action(), x.quantity(), x.capex().amount(), x.opexPerYear().amount(),
                        x.priority(), f.cumulativeSpend().amount()));
            }
        });
    }

    /** Writes the unfunded projects of a plan. */
    public static void writeUnfunded(Plan plan, Path file) {
        write(file, UNFUNDED_COLUMNS, p -> {
            for (Plan.Unfunded u : plan.unfunded()) {
                Project x = u.project();
                p.printRecord(CsvOutput.cells(x.id(), x.unit().level().id(), x.unit().value(), x.sector(),
                        x.typology(), x.action(), x.quantity(), x.capex().amount(), x.opexPerYear().amount(),
                        x.priority(), u.reason()));
            }
        });
    }

    /** Writes the gap lines that were not costed, with the reason ({@code not_costed.csv}). */
    public static void writeNotCosted(CostReport report, Path file) {
        write(file, List.of("level", "code", "sector", "typology", "measure", "deficit", "reason"), p -> {
            for (java.util.Map.Entry<Gap, String> e : report.notCosted()) {
                Gap g = e.getKey();
                p.printRecord(CsvOutput.cells(g.unit().level().id(), g.unit().value(), g.sector(), g.typology(),
                        g.measure(), g.deficit(), e.getValue()));
            }
        });
    }

    /**
     * Reads a {@code costs.csv} written by {@link #writeCosts}.
     *
     * @throws InputException with every problem found
     */
    public static List<CostLine> readCosts(Path file) {
        List<Problem> problems = new ArrayList<>();
        String name = file.toString();
        CsvTable t;
        try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
            t = CsvTable.read(name, in, COST_COLUMNS, List.of(), null, problems);
        } catch (IOException e) {
            throw new InputException(Problem.of(name, InputFiles.reason(e)));
        }
        Cells cells = new Cells(name, problems);
        List<CostLine> lines = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            UnitCode unit = cells.parse(row, "code", UnitCode::parse);
            Currency currency = cells.parse(row, "currency", Currency::getInstance);
            Long quantity = cells.count(row, "quantity");
            Long year = cells.count(row, "price_year");
            if (unit == null || currency == null || quantity == null || year == null) {
                continue;
            }
            Money capex = cells.parse(row, "capex", v -> Money.of(Cells.parseDecimal(v), currency));
            Money opex = cells.parse(row, "opex_per_year", v -> Money.of(Cells.parseDecimal(v), currency));
            if (capex != null && opex != null) {
                lines.add(new CostLine(row.get("scope"), unit, row.get("sector"), row.get("typology"),
                        row.get("action"), quantity, capex, opex, Math.toIntExact(year), ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return lines;
    }
}
