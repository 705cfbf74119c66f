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
 * Yearly spending ceilings for a range of years: a total per year and, optionally, a ceiling per sector.
 *
 * @param firstYear first year of the plan
 * @param lastYear last year, not before {@code firstYear}
 * @param total the total ceiling of every year in the range; copied
 * @param perSector optional ceilings by year and sector id; copied
 * @param carryForward unspent budget of a year is added to the next year's ceiling
 * @param opexCountsAgainstBudget recurrent costs of completed projects count against later years' ceilings
 */
public record Budget(int firstYear, int lastYear, Map<Integer, Money> total, Map<Integer, Map<String, Money>> perSector,
                     boolean carryForward, boolean opexCountsAgainstBudget) {
    /** The seed's horizon: investment phased 2013–2021. */
    public static final int DEFAULT_FIRST_YEAR = 2013;
    /** The seed's horizon: investment phased 2013–2021. */
    public static final int DEFAULT_LAST_YEAR = 2021;

    /** @throws IllegalArgumentException naming the year when the range is empty or a year lacks a ceiling */
    public Budget {
        Preconditions.check(lastYear >= firstYear && lastYear - firstYear < 100,
                "the plan's years must run forward, at most 100: %d-%d", firstYear, lastYear);
        Preconditions.requireNonNull(total, "ceilings");
        List<Integer> missing = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            Money m = total.get(y);
            if (m == null) {
                missing.add(y);
            } else {
                Preconditions.check(!m.isNegative(), "ceiling of %d must not be negative: %s", y, m);
            }
        }
        Preconditions.check(missing.isEmpty(), "the budget has no ceiling for year%s %s", missing.size() == 1 ? ""
                : "s", missing);
        total = Collections.unmodifiableMap(new TreeMap<>(total));
        Map<Integer, Map<String, Money>> ps = new TreeMap<>();
        perSector.forEach((y, m) -> ps.put(y, Collections.unmodifiableMap(new TreeMap<>(m))));
        perSector = Collections.unmodifiableMap(ps);
    }

    /** The same ceiling every year of a range. */
    public static Budget perYear(Money amount, int firstYear, int lastYear) {
        Map<Integer, Money> m = new TreeMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            m.put(y, amount);
        }
        return new Budget(firstYear, lastYear, m, Map.of(), false, false);
    }

    /** A copy with carry-forward and opex policies. */
    public Budget withPolicies(boolean carry, boolean opexCounts) {
        return new Budget(firstYear, lastYear, total, perSector, carry, opexCounts);
    }

    /** The sector ceiling of a year, if any. */
    public Optional<Money> sectorCeiling(int year, String sector) {
        return Optional.ofNullable(perSector.getOrDefault(year, Map.of()).get(sector));
    }

    /**
     * Reads a budget CSV {@code year,sector,amount}: an empty sector (or {@code *}) is the year's total ceiling, a
     * sector id its ceiling for that sector. The range is from the first to the last year given; every year in it
     * needs a total.
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
                if (y < 1900 || y > 2200) {
                    throw new IllegalArgumentException("must be a year between 1900 and 2200");
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
        return new Budget(first, last, total, sectors, false, false);
    }
}
