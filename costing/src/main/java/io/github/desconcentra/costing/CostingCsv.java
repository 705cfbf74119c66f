package io.github.desconcentra.costing;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
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
import java.util.Map;

/**
 * Writes {@code costs.csv}, {@code not_costed.csv}, {@code plan.csv} and {@code unfunded.csv}, and reads
 * {@code costs.csv} and {@code plan.csv} back (for scenario and plan comparison). Rows are sorted, so the same inputs
 * give the same bytes. Text cells (sectors, typologies, actions, reasons) are neutralised against spreadsheet
 * formulas; amounts and quantities are written as numbers.
 */
public final class CostingCsv {
    /** Columns of {@code costs.csv}. */
    public static final List<String> COST_COLUMNS = List.of("scope", "level", "code", "zone", "district", "sector",
            "typology", "action", "quantity", "capex", "opex_per_year", "currency", "price_year", "sources", "status");
    /** Columns {@link #readCosts} needs: those of a costs.csv before zone, district, sources and status were added. */
    private static final List<String> COST_COLUMNS_READ = List.of("scope", "level", "code", "sector", "typology",
            "action", "quantity", "capex", "opex_per_year", "currency", "price_year");
    /** Columns of {@code plan.csv}: the funded projects. */
    public static final List<String> PLAN_COLUMNS = List.of("plan", "plan_years", "start", "opening", "project",
            "level", "code", "zone", "district", "sector", "typology", "action", "quantity", "staff", "capex",
            "opex_per_year", "people_served", "priority", "priority_inputs", "rule", "sources", "status");
    /** Columns of {@code unfunded.csv}: the projects left out, with the reason. */
    public static final List<String> UNFUNDED_COLUMNS = List.of("plan", "plan_years", "project", "level", "code",
            "zone", "district", "sector", "typology", "action", "quantity", "staff", "capex", "opex_per_year",
            "build_years", "first_needed", "people_served", "priority", "priority_inputs", "rule", "reason", "sources",
            "status");

    /** Columns of {@code not_costed.csv}. */
    public static final List<String> NOT_COSTED_COLUMNS = List.of("level", "code", "zone", "district", "sector",
            "typology", "measure", "required", "deficit", "assessment", "reason", "sources", "status");

    private CostingCsv() {
    }

    private static void write(Path file, List<String> header, CsvOutput.Rows rows) {
        try {
            CsvOutput.write(file, header, rows, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the lines of a cost report, with the zone and district holding each line's unit. */
    public static void writeCosts(CostReport report, Territory territory, Path file) {
        write(file, COST_COLUMNS, costRows(report.lines(), territory));
    }

    /**
     * Writes the cost of the ideal network where supply is unknown ({@code ideal_where_unknown.csv}): not a deficit,
     * never planned; same columns as {@code costs.csv}.
     */
    public static void writeIdealWhereUnknown(CostReport report, Territory territory, Path file) {
        write(file, COST_COLUMNS, costRows(report.idealWhereUnknown(), territory));
    }

    /**
     * The rows of {@code costs.csv} or {@code ideal_where_unknown.csv}, raw, in {@link #COST_COLUMNS}.
     *
     * @param territory the territory costed, for the zone and district of each line (empty above them)
     */
    public static CsvOutput.Rows costRows(List<CostLine> lines, Territory territory) {
        return sink -> {
            for (CostLine l : lines) {
                String[] zd = PlanOutcomes.zoneAndDistrict(territory, l.unit());
                sink.record(l.scope(), l.level().id(), l.unit().value(), zd[0], zd[1], l.sector(), l.typology(),
                        l.action(),
                        l.quantity(), l.capex().amount(), l.opexPerYear().amount(),
                        l.capex().currency().getCurrencyCode(), l.priceYear(), l.sources(), l.statusId());
            }
        };
    }

    /** Writes the funded projects of a plan ({@code plan.csv}), in start-year then priority order. */
    public static void writePlan(Plan plan, Territory territory, Path file) {
        write(file, PLAN_COLUMNS, planRows(plan, territory));
    }

    /** The rows of {@code plan.csv}, raw, in {@link #PLAN_COLUMNS}. */
    public static CsvOutput.Rows planRows(Plan plan, Territory territory) {
        String years = plan.budget().firstYear() + "-" + plan.budget().lastYear();
        return sink -> {
            for (Plan.Funded f : plan.funded()) {
                Project x = f.project();
                String[] zd = PlanOutcomes.zoneAndDistrict(territory, x.unit());
                sink.record(plan.planner(), years, f.start(), f.opening(), x.id(), x.unit().level().id(),
                        x.unit().value(), zd[0], zd[1], x.sector(), x.typology(), x.action().id(), x.quantity(),
                        x.staff(), x.capex().amount(), x.opexPerYear().amount(), x.peopleServed(),
                        x.priority().score(), x.priority().inputs(), x.rule(), x.sources(), x.statusId());
            }
        };
    }

    /** Writes the unfunded projects of a plan ({@code unfunded.csv}), in priority order, with the reason. */
    public static void writeUnfunded(Plan plan, Territory territory, Path file) {
        write(file, UNFUNDED_COLUMNS, unfundedRows(plan, territory));
    }

    /** The rows of {@code unfunded.csv}, raw, in {@link #UNFUNDED_COLUMNS}. */
    public static CsvOutput.Rows unfundedRows(Plan plan, Territory territory) {
        String years = plan.budget().firstYear() + "-" + plan.budget().lastYear();
        return sink -> {
            for (Plan.Unfunded u : plan.unfunded()) {
                Project x = u.project();
                String[] zd = PlanOutcomes.zoneAndDistrict(territory, x.unit());
                sink.record(plan.planner(), years, x.id(), x.unit().level().id(), x.unit().value(), zd[0], zd[1],
                        x.sector(), x.typology(), x.action().id(), x.quantity(), x.staff(), x.capex().amount(),
                        x.opexPerYear().amount(), x.buildYears(), x.firstNeeded(), x.peopleServed(),
                        x.priority().score(), x.priority().inputs(), x.rule(), u.reason(), x.sources(), x.statusId());
            }
        };
    }

    /**
     * Reads the {@code plan.csv} and {@code unfunded.csv} of a folder back as the plan's outcomes (for comparing two
     * plans).
     *
     * @return the planner's name and the outcomes
     * @throws InputException with every problem found, each naming file, line, column and value
     */
    public static Map.Entry<String, PlanOutcomes> readPlan(Path folder) {
        List<Problem> problems = new ArrayList<>();
        List<PlanOutcomes.Item> items = new ArrayList<>();
        String[] planner = {null};
        int[] years = {0, -1};
        for (String f : List.of("plan.csv", "unfunded.csv")) {
            Path file = folder.resolve(f);
            String name = file.toString();
            CsvTable t;
            try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
                List<String> columns = f.equals("plan.csv") ? PLAN_COLUMNS : UNFUNDED_COLUMNS;
                t = CsvTable.read(name, in, columns.subList(0, columns.size() - 2), columns.subList(columns.size() - 2,
                        columns.size()), null,
                        problems);
            } catch (IOException | UncheckedIOException e) {
                problems.add(Problem.of(name, InputFiles.reason(e)));
                continue;
            }
            Cells cells = new Cells(name, problems);
            for (CsvTable.Row row : t.rows()) {
                int[] span = cells.parse(row, "plan_years", v -> {
                    String[] ab = v.split("-");
                    if (ab.length != 2) {
                        throw new IllegalArgumentException("must be FIRST-LAST, e.g. 2027-2036");
                    }
                    int a = Math.toIntExact(Cells.parseCount(ab[0]));
                    int b = Math.toIntExact(Cells.parseCount(ab[1]));
                    if (b < a || b - a >= Budget.MAX_YEARS) {
                        throw new IllegalArgumentException("must run forward, at most " + Budget.MAX_YEARS
                                + " years");
                    }
                    return new int[] {a, b};
                });
                if (span != null && years[1] < 0) {
                    years[0] = span[0];
                    years[1] = span[1];
                    planner[0] = row.get("plan");
                } else if (span != null && (span[0] != years[0] || span[1] != years[1])) {
                    cells.problem(row, "plan_years", row.get("plan_years"), "differs from " + years[0] + "-"
                            + years[1] + " of the rows before");
                }
                Long served = cells.count(row, "people_served");
                Money capex = cells.parse(row, "capex", v -> Money.of(Cells.parseDecimal(v), Money.USD));
                Money opex = cells.parse(row, "opex_per_year", v -> Money.of(Cells.parseDecimal(v), Money.USD));
                Integer start = null;
                Integer build;
                if (f.equals("plan.csv")) {
                    Long s = cells.count(row, "start");
                    Long o = cells.count(row, "opening");
                    start = s == null ? null : Math.toIntExact(s);
                    build = s == null || o == null ? null : Math.toIntExact(o - s);
                } else {
                    Long b = cells.count(row, "build_years");
                    build = b == null ? null : Math.toIntExact(b);
                }
                if (served == null || capex == null || opex == null || build == null || span == null
                        || (f.equals("plan.csv") && start == null)) {
                    continue;
                }
                if (build < 0 || build > 20) {
                    cells.problem(row, "project", row.get("project"), "build years must be within 0-20: " + build);
                    continue;
                }
                items.add(new PlanOutcomes.Item(row.get("project"), row.get("sector"), row.get("zone"),
                        row.get("district"), served, capex, opex, build, start,
                        f.equals("plan.csv") ? "" : row.get("reason")));
            }
        }
        if (problems.isEmpty() && years[1] < 0) {
            problems.add(Problem.of(folder.toString(), "plan.csv and unfunded.csv hold no project: no plan to"
                    + " compare"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return Map.entry(planner[0], new PlanOutcomes(years[0], years[1], items));
    }

    /** Writes the gap lines that were not costed, with the reason ({@code not_costed.csv}). */
    public static void writeNotCosted(CostReport report, Territory territory, Path file) {
        write(file, NOT_COSTED_COLUMNS, notCostedRows(report, territory));
    }

    /** The rows of {@code not_costed.csv}, raw, in {@link #NOT_COSTED_COLUMNS}. */
    public static CsvOutput.Rows notCostedRows(CostReport report, Territory territory) {
        return sink -> {
            for (java.util.Map.Entry<Gap, String> e : report.notCosted()) {
                Gap g = e.getKey();
                String[] zd = PlanOutcomes.zoneAndDistrict(territory, g.unit());
                sink.record(g.unit().level().id(), g.unit().value(), zd[0], zd[1], g.sector(), g.typology(), g.measure(),
                        g.required(), g.assessment() == SupplyAssessment.NOT_ASSESSED ? null : g.deficit(),
                        g.assessment().id(), e.getValue(), g.sources(), g.statusId());
            }
        };
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
            t = CsvTable.read(name, in, COST_COLUMNS_READ, List.of("zone", "district", "sources", "status"), null,
                    problems);
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
