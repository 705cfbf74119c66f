package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.GapSeries;
import io.github.desconcentra.standards.WhatIf;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.InOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The years of a plan and how their demand is known.
 *
 * <p>Default years: ten, from the first year after the population year that is not over (today's year + 1, or the
 * population year + 1 if later). Demand: {@code projected} re-evaluates the standards on the territory projected to
 * each year; a year after the last projected one holds that year's demand (said so in every report); a year before
 * the first projected one is refused. {@code population-year} holds the population year's demand for every year (the
 * seed's way). Years before the population year are refused unless allowed.
 *
 * @param first first plan year
 * @param last last plan year
 * @param populationYearDemand true when every year holds the population year's demand
 * @param scenario the named scenario, or null
 */
record Horizon(int first, int last, boolean populationYearDemand, String scenario) {
    /** The seed's replay: 2013-2021, the population year's demand, past years allowed. */
    static final String SENPLADES = "senplades-2013-2021";
    /** Years in a default plan. */
    static final int DEFAULT_YEARS = 10;

    /**
     * Resolves the years of a plan.
     *
     * @param t the territory at its population year
     * @param first the first year asked for, or null
     * @param last the last year asked for, or null
     * @param budgetYears the years of a budget file, or null
     * @throws InputException naming the option when the years are out of bounds
     */
    static Horizon resolve(Territory t, Integer first, Integer last, int[] budgetYears, String scenario,
                           boolean allowPast, String demand, Clock clock) {
        boolean heldDemand;
        switch (demand) {
            case "projected" -> heldDemand = false;
            case "population-year" -> heldDemand = true;
            default -> throw new InputException(Problem.of("--demand", "must be projected or population-year: "
                    + demand));
        }
        int a;
        int b;
        if (scenario != null) {
            if (!scenario.equals(SENPLADES)) {
                throw new InputException(Problem.of("--scenario", "unknown scenario \"" + scenario + "\" (known: "
                        + SENPLADES + ")"));
            }
            if (first != null || last != null || budgetYears != null) {
                throw new InputException(Problem.of("--scenario", SENPLADES + " sets the years 2013-2021: give no"
                        + " --first-year, --last-year or --budget file"));
            }
            return new Horizon(2013, 2021, true, scenario);
        }
        if (budgetYears != null) {
            if (first != null || last != null) {
                throw new InputException(Problem.of("--budget", "the budget file sets the years ("
                        + budgetYears[0] + "-" + budgetYears[1] + "): give no --first-year or --last-year"));
            }
            a = budgetYears[0];
            b = budgetYears[1];
        } else {
            int nextYear = LocalDate.now(clock).getYear() + 1;
            a = first != null ? first : Math.max(t.year() + 1, nextYear);
            b = last != null ? last : (long) a + DEFAULT_YEARS - 1 > Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : a + DEFAULT_YEARS - 1;
        }
        if (b < a) {
            throw new InputException(Problem.of("--last-year", "must not be before the first year " + a + ": " + b));
        }
        if ((long) b - a >= Budget.MAX_YEARS) {
            throw new InputException(Problem.of("--last-year", "a plan covers at most " + Budget.MAX_YEARS
                    + " years: " + a + "-" + b));
        }
        if (a < t.year() && !allowPast) {
            throw new InputException(Problem.of("--first-year", "the plan would start in " + a + ", before the"
                    + " population year " + t.year() + ": those years are over; give --allow-past-years to plan"
                    + " them anyway"));
        }
        if (!heldDemand) {
            int[] projected = projectedYears(t);
            if (projected == null && (a != t.year() || b != t.year())) {
                throw new InputException(Problem.of("--demand", "the territory has no population projections, so"
                        + " the demand of " + a + "-" + b + " is unknown; give --demand population-year to hold the"
                        + " population year's demand"));
            }
            if (projected != null && a < Math.min(projected[0], t.censusYear())) {
                throw new InputException(Problem.of("--first-year", "the population projections start in "
                        + projected[0] + ": no demand is known for " + a));
            }
            if (projected != null && a > projected[1]) {
                throw new InputException(Problem.of("--first-year", "the population projections end in "
                        + projected[1] + ": a plan starting in " + a + " would hold that year's demand throughout;"
                        + " give --demand population-year to plan on the population year's demand, or a territory"
                        + " with later projections"));
            }
        }
        if (a < Budget.EARLIEST_YEAR || b > Budget.LATEST_YEAR) {
            throw new InputException(Problem.of("--first-year", "plan years must lie within " + Budget.EARLIEST_YEAR
                    + "-" + Budget.LATEST_YEAR + ": " + a + "-" + b));
        }
        return new Horizon(a, b, heldDemand, null);
    }

    /**
     * The first and last year every canton's projection series covers, or null when the territory has none.
     */
    static int[] projectedYears(Territory t) {
        Map<CantonCode, Map<Integer, Long>> series = t.data().projections().series();
        if (series.isEmpty()) {
            return null;
        }
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        for (Map<Integer, Long> years : series.values()) {
            if (years.isEmpty()) {
                continue;
            }
            from = Math.max(from, years.keySet().stream().min(Integer::compare).orElseThrow());
            to = Math.min(to, years.keySet().stream().max(Integer::compare).orElseThrow());
        }
        return from > to ? null : new int[] {from, to};
    }

    /** The plan years, in words, e.g. {@code 2027-2036}. */
    String years() {
        return first + "-" + last;
    }

    /**
     * The gap of every plan year: the standards evaluated on the territory projected to the year (or to the last
     * projected year, held), each distinct year evaluated once as a what-if of {@code atPopulationYear} on that year's
     * territory (the supply counted once, for every year: a projection moves populations only); the population year
     * reuses {@code atPopulationYear}'s evaluation. The years are evaluated on up to {@code threads} threads at once;
     * the series does not depend on how many.
     *
     * @param t the territory at its population year, the one {@code atPopulationYear} was made on
     * @throws io.github.desconcentra.territory.InputException when a year's projection is missing (the first such
     *     year)
     */
    GapSeries series(Territory t, WhatIf atPopulationYear, int threads, Consumer<String> progress) {
        List<GapSeries.Year> years = new ArrayList<>();
        List<Gap> populationGaps = Gaps.of(atPopulationYear.evaluation());
        if (populationYearDemand) {
            for (int y = first; y <= last; y++) {
                years.add(new GapSeries.Year(y, t, populationGaps, "held at the population of " + t.year()));
            }
            return new GapSeries(years);
        }
        int[] projected = projectedYears(t);
        SortedSet<Integer> evaluated = new TreeSet<>();
        for (int y = first; y <= last; y++) {
            int basis = basis(t, projected, y);
            if (basis != t.year()) {
                evaluated.add(basis);
            }
        }
        Map<Integer, Territory> territories = new HashMap<>();
        Map<Integer, List<Gap>> gaps = new HashMap<>();
        territories.put(t.year(), t);
        gaps.put(t.year(), populationGaps);
        if (!evaluated.isEmpty()) {
            int at = Math.max(1, Math.min(threads, evaluated.size()));
            progress.accept("evaluating the demand of " + (evaluated.size() == 1 ? "" + evaluated.first()
                    : evaluated.first() + "-" + evaluated.last() + " (" + evaluated.size() + " years, " + at
                    + " at a time)"));
            List<YearGaps> done = YearGaps.evaluate(t, atPopulationYear, evaluated, at);
            for (YearGaps d : done) {
                territories.put(d.territory().year(), d.territory());
                gaps.put(d.territory().year(), d.gaps());
            }
        }
        for (int y = first; y <= last; y++) {
            int basis = basis(t, projected, y);
            String demand = basis == y ? (y == t.year() ? "population of " + y : "projected " + y)
                    : "held at " + basis + ", the last projected year";
            years.add(new GapSeries.Year(y, territories.get(basis), gaps.get(basis), demand));
        }
        return new GapSeries(years);
    }

    /** The year whose demand plan year {@code y} holds: itself, or the last projected year after it. */
    private static int basis(Territory t, int[] projected, int y) {
        return projected == null ? t.year() : Math.min(y, projected[1]);
    }

    /** The territory projected to one year and its gaps. */
    private record YearGaps(Territory territory, List<Gap> gaps) {
        /** Projects and evaluates each year, on up to {@code threads} threads; the results in the years' order. */
        static List<YearGaps> evaluate(Territory t, WhatIf atPopulationYear, SortedSet<Integer> years, int threads) {
            List<Integer> ys = List.copyOf(years);
            return InOrder.run(ys.size(), threads, "desconcentra-years", k -> {
                Territory projected = t.projectedTo(ys.get(k));
                // Gaps are made of compared lines only: no roll-up or requirement line is needed, so none is made.
                return new YearGaps(projected, Gaps.of(atPopulationYear.comparedLinesAt(projected)));
            });
        }
    }
}
