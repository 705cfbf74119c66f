package io.github.desconcentra.costing;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The unit costs of the typologies, read from a CSV file with one row per figure of a typology
 * ({@code typology,item,value,price_year,currency,source,status} and optionally {@code low,high,range_source}): the
 * items are {@code basis} ({@code establishments} or {@code places}), {@code capex} and {@code equipment} (amounts in
 * one price year and currency), {@code repair_share} and {@code maintenance_share} (within [0, 1]),
 * {@code salary_per_staff} (an amount with its own price year) and {@code build_years}; every typology gives all
 * seven. Each figure has its own source and status, so a sourced building cost and an assumed salary say so
 * separately; a figure that is not sourced should give a plausible low and high, which must hold its value. The
 * defaults ({@code unit_costs.csv} in this package) come from standards-research.md; derived, estimated and assumed
 * figures are marked so.
 */
public final class UnitCosts {
    private static final List<String> COLUMNS = List.of("typology", "item", "value", "price_year", "currency",
            "source", "status");
    private static final List<String> RANGE_COLUMNS = List.of("low", "high", "range_source");
    /** The {@code item} of the row that gives a typology's cost basis. */
    private static final String BASIS = "basis";
    private final Map<String, UnitCost> byTypology;

    /** @throws IllegalArgumentException naming the typology when one is given twice */
    public UnitCosts(List<UnitCost> costs) {
        Map<String, UnitCost> m = new TreeMap<>();
        for (UnitCost c : costs) {
            if (m.putIfAbsent(c.typology(), c) != null) {
                throw new IllegalArgumentException("unit cost of typology " + c.typology() + " is given twice");
            }
        }
        this.byTypology = Collections.unmodifiableMap(m);
    }

    /** The default unit costs shipped with the library. */
    public static UnitCosts defaults() {
        return read("unit_costs.csv", UnitCosts.class.getResourceAsStream("unit_costs.csv"));
    }

    /** Reads a unit-cost file; the path is checked before it is opened (a folder, pipe, device or oversized file is
     * refused with an {@link InputException}). */
    public static UnitCosts read(Path file) {
        try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InputException(Problem.of(file.toString(), InputFiles.reason(e)));
        }
    }

    /** The figures read for one typology, and where its first row is. */
    private static final class Rows {
        final long firstLine;
        UnitCost.Basis basis;
        final Map<UnitCost.Item, BigDecimal> values = new EnumMap<>(UnitCost.Item.class);
        final Map<UnitCost.Item, UnitCost.Figure> figures = new EnumMap<>(UnitCost.Item.class);
        final Map<UnitCost.Item, Integer> years = new EnumMap<>(UnitCost.Item.class);
        final Map<UnitCost.Item, Long> lines = new EnumMap<>(UnitCost.Item.class);
        Currency currency;
        boolean broken;

        Rows(long firstLine) {
            this.firstLine = firstLine;
        }
    }

    /**
     * Reads a unit-cost CSV.
     *
     * @throws InputException with every problem, each naming file, line, column and value
     */
    public static UnitCosts read(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, COLUMNS, RANGE_COLUMNS, null, problems);
        Cells cells = new Cells(name, problems);
        Map<String, Rows> byTypology = new LinkedHashMap<>();
        Map<String, Long> seen = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            String typology = cells.text(row, "typology");
            String itemText = cells.text(row, "item");
            if (typology == null || itemText == null) {
                continue;
            }
            Rows rows = byTypology.computeIfAbsent(typology, k -> new Rows(row.line()));
            Long before = seen.putIfAbsent(typology + "/" + itemText, row.line());
            if (before != null) {
                cells.problem(row, "item", itemText, "typology " + typology + " gives " + itemText + " already at line "
                        + before);
                rows.broken = true;
                continue;
            }
            if (itemText.equals(BASIS)) {
                rows.basis = cells.parse(row, "value", UnitCost.Basis::fromId);
                rows.broken |= rows.basis == null;
                continue;
            }
            UnitCost.Item item = cells.parseValue(row, "item", itemText, v -> {
                try {
                    return UnitCost.Item.fromId(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage().replace("(expected ", "(expected basis, "));
                }
            });
            if (item == null) {
                rows.broken = true;
                continue;
            }
            BigDecimal value = cells.parse(row, "value", v -> parse(item, v));
            Range range = cells.range(row, value, v -> parse(item, v));
            Provenance provenance = provenance(cells, row);
            boolean money = item == UnitCost.Item.CAPEX || item == UnitCost.Item.EQUIPMENT
                    || item == UnitCost.Item.SALARY_PER_STAFF;
            Long year = null;
            Currency currency = null;
            if (money) {
                year = cells.count(row, "price_year");
                currency = cells.parse(row, "currency", UnitCosts::currency);
            } else if (!row.get("price_year").isEmpty() || !row.get("currency").isEmpty()) {
                cells.problem(row, "price_year", row.get("price_year"), item.id() + " is not an amount: leave"
                        + " price_year and currency empty");
                rows.broken = true;
            }
            if (value == null || provenance == null || (money && (year == null || currency == null))
                    || (range == null && Cells.hasRange(row))) {
                rows.broken = true;
                continue;
            }
            rows.values.put(item, value);
            rows.figures.put(item, new UnitCost.Figure(provenance, range));
            rows.lines.put(item, row.line());
            if (year != null) {
                rows.years.put(item, Math.toIntExact(year));
                rows.currency = currency;
            }
        }
        List<UnitCost> costs = new ArrayList<>();
        byTypology.forEach((typology, rows) -> {
            UnitCost c = build(name, typology, rows, problems);
            if (c != null) {
                costs.add(c);
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new UnitCosts(costs);
    }

    private static UnitCost build(String file, String typology, Rows rows, List<Problem> problems) {
        List<String> missing = new ArrayList<>();
        if (rows.basis == null && !rows.broken) {
            missing.add(BASIS);
        }
        for (UnitCost.Item i : UnitCost.Item.values()) {
            if (!rows.values.containsKey(i) && !rows.broken) {
                missing.add(i.id());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(file, rows.firstLine, "item", typology, "typology " + typology + " has no "
                    + String.join(", ", missing) + " row (every typology gives basis, capex, equipment, repair_share,"
                    + " maintenance_share, salary_per_staff and build_years)"));
            return null;
        }
        if (rows.broken) {
            return null;
        }
        int capexYear = rows.years.get(UnitCost.Item.CAPEX);
        if (rows.years.get(UnitCost.Item.EQUIPMENT) != capexYear) {
            problems.add(new Problem(file, rows.lines.get(UnitCost.Item.EQUIPMENT), "price_year",
                    Integer.toString(rows.years.get(UnitCost.Item.EQUIPMENT)), "equipment must be priced in the year"
                    + " of the capex of typology " + typology + " (" + capexYear + ")"));
            return null;
        }
        Currency c = rows.currency;
        try {
            return new UnitCost(typology, rows.basis, Money.of(rows.values.get(UnitCost.Item.CAPEX), c),
                    Money.of(rows.values.get(UnitCost.Item.EQUIPMENT), c), rows.values.get(UnitCost.Item.REPAIR_SHARE),
                    rows.values.get(UnitCost.Item.MAINTENANCE_SHARE),
                    Money.of(rows.values.get(UnitCost.Item.SALARY_PER_STAFF), c),
                    rows.values.get(UnitCost.Item.BUILD_YEARS).intValueExact(), capexYear,
                    rows.years.get(UnitCost.Item.SALARY_PER_STAFF), rows.figures);
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(new Problem(file, rows.firstLine, "typology", typology, e.getMessage()));
            return null;
        }
    }

    private static BigDecimal parse(UnitCost.Item item, String v) {
        return switch (item) {
            case CAPEX, EQUIPMENT, SALARY_PER_STAFF -> amount(v);
            case REPAIR_SHARE, MAINTENANCE_SHARE -> share(v);
            case BUILD_YEARS -> {
                long years = Cells.parseCount(v);
                if (years > 20) {
                    throw new IllegalArgumentException("build years must be within 0-20");
                }
                yield BigDecimal.valueOf(years);
            }
        };
    }

    private static Provenance provenance(Cells cells, CsvTable.Row row) {
        String source = cells.text(row, "source");
        Provenance.Status status = cells.parse(row, "status", Provenance.Status::fromId);
        return source == null || status == null ? null : new Provenance(source, status);
    }

    /**
     * The figures that are not sourced and give no range ({@code typology/item}), sorted: each should say how low
     * and how high it could plausibly be.
     */
    public List<String> unranged() {
        List<String> out = new ArrayList<>();
        byTypology.forEach((t, c) -> c.figures().forEach((i, f) -> {
            if (f.provenance().isAssumption() && f.range() == null) {
                out.add(t + "/" + i.id());
            }
        }));
        return out;
    }

    private static Currency currency(String v) {
        Currency c = Currency.getInstance(v);
        if (!c.equals(Money.USD)) {
            throw new IllegalArgumentException("must be USD: budgets, ceilings and the price index are in US dollars,"
                    + " Ecuador's currency; convert the amounts first");
        }
        return c;
    }

    /**
     * What keeps these costs from being restated with a policy: amounts not in US dollars, and price years (the
     * costs' or the policy's) that the policy's price index does not cover; empty when none.
     */
    public List<String> problemsWith(CostPolicy policy) {
        List<String> problems = new ArrayList<>();
        PriceIndex ix = policy.priceIndex();
        if (!ix.covers(policy.priceYear())) {
            problems.add("the price year " + policy.priceYear() + " is outside the price index (" + ix.coverage()
                    + ")");
        }
        for (UnitCost c : byTypology.values()) {
            if (!c.capex().currency().equals(Money.USD)) {
                problems.add("unit cost of " + c.typology() + " is in " + c.capex().currency().getCurrencyCode()
                        + ", not USD");
            }
            for (int year : new int[] {c.priceYear(), c.salaryPriceYear()}) {
                if (!ix.covers(year)) {
                    problems.add("unit cost of " + c.typology() + " is priced in " + year
                            + ", outside the price index (" + ix.coverage() + ")");
                    break;
                }
            }
        }
        return problems;
    }

    private static BigDecimal amount(String v) {
        BigDecimal d = Cells.parseDecimal(v);
        if (d.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (d.scale() > 2 || d.precision() - d.scale() > 15) {
            throw new IllegalArgumentException("must be an amount with at most 2 decimals and 15 digits");
        }
        return d;
    }

    private static BigDecimal share(String v) {
        BigDecimal d = Cells.parseDecimal(v);
        if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("must be a share within [0, 1]");
        }
        return d;
    }

    /**
     * A copy with one figure of one typology set to another value (see {@link UnitCost#with}); the others shared.
     *
     * @throws IllegalArgumentException naming the typology when it has no unit cost, or the value when it is outside
     *     the figure's range or bounds
     */
    public UnitCosts with(String typology, UnitCost.Item item, BigDecimal value) {
        UnitCost c = byTypology.get(typology);
        if (c == null) {
            throw new IllegalArgumentException("no unit cost for typology " + typology);
        }
        return with(List.of(c.with(item, value)));
    }

    /**
     * A copy with the unit costs of some typologies replaced (a sensitivity draw moving many figures at once).
     *
     * @param replaced unit costs of typologies these unit costs have, at most one per typology
     * @throws IllegalArgumentException naming the typology when it has no unit cost here or is given twice
     */
    public UnitCosts with(Collection<UnitCost> replaced) {
        Map<String, UnitCost> m = new TreeMap<>(byTypology);
        Set<String> seen = new HashSet<>();
        for (UnitCost c : replaced) {
            if (!byTypology.containsKey(c.typology())) {
                throw new IllegalArgumentException("no unit cost for typology " + c.typology());
            }
            if (!seen.add(c.typology())) {
                throw new IllegalArgumentException("unit cost of typology " + c.typology() + " is given twice");
            }
            m.put(c.typology(), c);
        }
        return new UnitCosts(List.copyOf(m.values()));
    }

    /** The cost of a typology, if known. */
    public Optional<UnitCost> of(String typology) {
        return Optional.ofNullable(byTypology.get(typology));
    }

    /** All unit costs by typology, sorted. */
    public Map<String, UnitCost> all() {
        return byTypology;
    }
}
