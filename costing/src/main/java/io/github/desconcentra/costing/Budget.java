package io.github.desconcentra.costing;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import io.github.desconcentra.territory.internal.Preconditions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Yearly spending ceilings for a range of years: a total per year and, optionally, a ceiling per sector and a
 * separate ceiling for recurrent cost.
 *
 * <p>What counts against a year's ceiling: the capex paid that year (spread over the build years) plus the recurrent
 * cost (maintenance and staff) of every project of the plan open that year. When a recurrent ceiling is given, capex
 * counts against the total ceiling and recurrent cost against the recurrent ceiling instead.
 *
 * @param firstYear first year of the plan
 * @param lastYear last year, not before {@code firstYear}, at most {@link #MAX_YEARS} years in all
 * @param total the total ceiling of every year in the range, in USD; copied
 * @param perSector optional ceilings by year and sector id (capex and recurrent cost of the sector); copied
 * @param recurrent optional ceiling of recurrent cost per year (every year of the range, or none); copied
 * @param carryForward unspent budget of a year is added to the next year's ceiling
 */
public record Budget(int firstYear, int lastYear, Map<Integer, Money> total, Map<Integer, Map<String, Money>> perSector,
                     Map<Integer, Money> recurrent, boolean carryForward) {
    /** The longest plan, in years: ten-year plans are the practice; thirty covers any projection horizon. */
    public static final int MAX_YEARS = 30;
    /** The earliest and latest years a budget file may name. */
    public static final int EARLIEST_YEAR = 1900;
    /** The latest year a budget file may name. */
    public static final int LATEST_YEAR = 2200;

    /** @throws IllegalArgumentException naming the year when the range is empty or too long or a year lacks a ceiling */
    public Budget {
        Preconditions.check(lastYear >= firstYear && (long) lastYear - firstYear < MAX_YEARS,
                "the plan's years must run forward, at most %d: %d-%d", MAX_YEARS, firstYear, lastYear);
        Preconditions.requireNonNull(total, "ceilings");
        total = ceilings(total, firstYear, lastYear, "ceiling");
        Preconditions.requireNonNull(recurrent, "recurrent ceilings");
        recurrent = recurrent.isEmpty() ? Map.of() : ceilings(recurrent, firstYear, lastYear, "recurrent ceiling");
        Map<Integer, Map<String, Money>> ps = new TreeMap<>();
        perSector.forEach((y, m) -> {
            m.forEach((s, v) -> Preconditions.check(!v.isNegative() && v.currency().equals(Money.USD),
                    "ceiling of %s in %d must be USD and not negative: %s", s, y, v));
            ps.put(y, Collections.unmodifiableMap(new TreeMap<>(m)));
        });
        perSector = Collections.unmodifiableMap(ps);
    }

    private static Map<Integer, Money> ceilings(Map<Integer, Money> given, int first, int last, String what) {
        List<Integer> missing = new ArrayList<>();
        Map<Integer, Money> out = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            Money m = given.get(y);
            if (m == null) {
                missing.add(y);
            } else {
                Preconditions.check(!m.isNegative() && m.currency().equals(Money.USD),
                        "%s of %d must be USD and not negative: %s", what, y, m);
                out.put(y, m);
            }
        }
        Preconditions.check(missing.isEmpty(), "the budget has no %s for year%s %s", what,
                missing.size() == 1 ? "" : "s", missing);
        return Collections.unmodifiableMap(out);
    }

    /** The same total ceiling every year of a range. */
    public static Budget perYear(Money amount, int firstYear, int lastYear) {
        Preconditions.check(lastYear >= firstYear && (long) lastYear - firstYear < MAX_YEARS,
                "the plan's years must run forward, at most %d: %d-%d", MAX_YEARS, firstYear, lastYear);
        return new Budget(firstYear, lastYear, same(amount, firstYear, lastYear), Map.of(), Map.of(), false);
    }

    private static Map<Integer, Money> same(Money amount, int firstYear, int lastYear) {
        Map<Integer, Money> m = new TreeMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            m.put(y, amount);
        }
        return m;
    }

    /** A copy that carries unspent budget to the next year, or not. */
    public Budget withCarryForward(boolean carry) {
        return new Budget(firstYear, lastYear, total, perSector, recurrent, carry);
    }

    /**
     * A copy with a separate ceiling for recurrent cost, the same every year: capex then counts against the total
     * ceiling and recurrent cost against this one.
     */
    public Budget withRecurrentCeiling(Money perYear) {
        return new Budget(firstYear, lastYear, total, perSector, same(perYear, firstYear, lastYear), carryForward);
    }

    /** True when recurrent cost has its own ceiling. */
    public boolean hasRecurrentCeiling() {
        return !recurrent.isEmpty();
    }

    /** The number of years. */
    public int years() {
        return lastYear - firstYear + 1;
    }

    /** The sector ceiling of a year, if any. */
    public Optional<Money> sectorCeiling(int year, String sector) {
        return Optional.ofNullable(perSector.getOrDefault(year, Map.of()).get(sector));
    }

    /** True when every ceiling (total, and recurrent if any) is zero. */
    public boolean isZero() {
        return total.values().stream().allMatch(Money::isZero) && recurrent.values().stream().allMatch(Money::isZero);
    }

    /** The largest total ceiling of a year. */
    public Money largestCeiling() {
        return total.values().stream().max(Money::compareTo).orElseThrow();
    }

    /**
     * Reads a budget CSV {@code year,sector,amount}: an empty sector (or {@code *}) is the year's total ceiling, a
     * sector id its ceiling for that sector. The range is from the first to the last year given (at most
     * {@link #MAX_YEARS} years, each within {@value #EARLIEST_YEAR}-{@value #LATEST_YEAR}); every year in it needs a
     * total.
     *
     * @throws InputException with every problem (file, line, column, value), including the years without a total
     */
    public static Budget read(Path file) {
        try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InputException(Problem.of(file.toString(), InputFiles.reason(e)));
        }
    }

    /** Reads a budget CSV from a stream; see {@link #read(Path)}. */
    public static Budget read(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, List.of("year", "sector", "amount"), List.of(), null, problems);
        Cells cells = new Cells(name, problems);
        Map<Integer, Money> total = new TreeMap<>();
        Map<Integer, Map<String, Money>> sectors = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            Long year = cells.parse(row, "year", v -> {
                long y = Cells.parseCount(v);
                if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
                    throw new IllegalArgumentException("must be a year between " + EARLIEST_YEAR + " and "
                            + LATEST_YEAR);
                }
                return y;
            });
            Money amount = cells.parse(row, "amount", v -> Money.of(Cells.parseDecimal(v), Money.USD));
            if (amount != null && amount.isNegative()) {
                cells.problem(row, "amount", row.get("amount"), "must not be negative");
                continue;
            }
            if (year == null || amount == null) {
                continue;
            }
            String sector = row.get("sector");
            Money prev = sector.isEmpty() || sector.equals("*") ? total.putIfAbsent(year.intValue(), amount)
                    : sectors.computeIfAbsent(year.intValue(), k -> new TreeMap<>()).putIfAbsent(sector, amount);
            if (prev != null) {
                cells.problem(row, "year", row.get("year"), "a ceiling for this year and sector is already given");
            }
        }
        if (problems.isEmpty() && total.isEmpty()) {
            problems.add(Problem.of(name, "gives no yearly total ceiling"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int first = ((TreeMap<Integer, Money>) total).firstKey();
        int last = ((TreeMap<Integer, Money>) total).lastKey();
        if (last - first >= MAX_YEARS) {
            throw new InputException(Problem.of(name, "spans " + (last - first + 1) + " years, " + first + "-" + last
                    + ": a plan covers at most " + MAX_YEARS + " years"));
        }
        List<Integer> missing = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (!total.containsKey(y)) {
                missing.add(y);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(Problem.of(name, "has no total ceiling for year" + (missing.size() == 1 ? " "
                    : "s ") + missing + " between " + first + " and " + last));
        }
        sectors.keySet().stream().filter(y -> y < first || y > last).findFirst().ifPresent(y -> {
            throw new InputException(Problem.of(name, "gives a sector ceiling for " + y + ", outside its years "
                    + first + "-" + last));
        });
        return new Budget(first, last, total, sectors, Map.of(), false);
    }
}
