package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The gap of every plan year: what the standards require of each year's population, against the current supply.
 * A plan built on it lets a need that appears as the population grows enter the plan in its year. Costing does not
 * evaluate standards: whoever builds the series does (the command line evaluates each year on the territory
 * projected to it).
 *
 * @param years one entry per year, consecutive; copied and sorted by year
 */
public record GapSeries(List<Year> years) {

    /**
     * The gap of one year.
     *
     * @param year the plan year
     * @param territory the territory whose populations the gap was evaluated on (gives the people a project concerns)
     * @param gaps the standard gap lines of that year; copied
     * @param demand how the year's demand is known, in words, e.g. {@code projected 2030} or
     *     {@code held at 2035, the last projected year}
     */
    public record Year(int year, Territory territory, List<Gap> gaps, String demand) {
        /** Copies. */
        public Year {
            Preconditions.requireNonNull(territory, "territory of " + year);
            gaps = List.copyOf(gaps);
            Preconditions.requireText(demand, "demand", year);
        }
    }

    /** @throws IllegalArgumentException naming the years when they are empty, repeated or not consecutive */
    public GapSeries {
        List<Year> sorted = new ArrayList<>(years);
        sorted.sort((a, b) -> Integer.compare(a.year(), b.year()));
        Preconditions.check(!sorted.isEmpty(), "a gap series needs at least one year");
        for (int i = 1; i < sorted.size(); i++) {
            Preconditions.check(sorted.get(i).year() == sorted.get(i - 1).year() + 1,
                    "the years of a gap series must be consecutive: %d then %d", sorted.get(i - 1).year(),
                    sorted.get(i).year());
        }
        years = List.copyOf(sorted);
    }

    /** The same gap, on the same territory, every year of a range (demand held at the territory's year). */
    public static GapSeries constant(Territory territory, List<Gap> gaps, int firstYear, int lastYear) {
        Preconditions.check(lastYear >= firstYear && (long) lastYear - firstYear < Budget.MAX_YEARS,
                "the years must run forward, at most %d: %d-%d", Budget.MAX_YEARS, firstYear, lastYear);
        List<Year> ys = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            ys.add(new Year(y, territory, gaps, "held at the population of " + territory.year()));
        }
        return new GapSeries(ys);
    }

    /** The first year. */
    public int firstYear() {
        return years.get(0).year();
    }

    /** The last year. */
    public int lastYear() {
        return years.get(years.size() - 1).year();
    }

    /** The entry of a year; throws {@link IllegalArgumentException} when the series does not hold it. */
    public Year year(int year) {
        Preconditions.check(year >= firstYear() && year <= lastYear(), "the gap series %d-%d has no year %d",
                firstYear(), lastYear(), year);
        return years.get(year - firstYear());
    }

    /** How each year's demand is known, by year. */
    public SortedMap<Integer, String> demand() {
        SortedMap<Integer, String> m = new TreeMap<>();
        years.forEach(y -> m.put(y.year(), y.demand()));
        return Collections.unmodifiableSortedMap(m);
    }
}
