package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Population estimates and projections per canton and year (in Ecuador: INEC, Revisión 2024, 2010–2035). A parish
 * is projected with the growth of its canton; a canton without a series uses the growth of its province (the sum of
 * its cantons' series).
 *
 * @param series population per canton and year; copied; every value not negative
 */
public record PopulationProjections(Map<CantonCode, Map<Integer, Long>> series) {

    /** No projections: the territory can only be used at its census year. */
    public static final PopulationProjections NONE = new PopulationProjections(Map.of());

    /** @throws IllegalArgumentException naming canton and year when a value is negative */
    public PopulationProjections {
        Preconditions.requireNonNull(series, "projection series");
        Map<CantonCode, Map<Integer, Long>> copy = new TreeMap<>();
        series.forEach((canton, years) -> {
            Map<Integer, Long> y = new TreeMap<>();
            years.forEach((year, value) -> {
                Preconditions.requireNonNegative(value, "projected population", "canton " + canton + ", " + year);
                y.put(year, value);
            });
            copy.put(canton, Collections.unmodifiableMap(y));
        });
        series = Collections.unmodifiableMap(copy);
    }

    /** The value of a canton in a year, if the series has it. */
    public OptionalLong value(CantonCode canton, int year) {
        Map<Integer, Long> y = series.get(canton);
        if (y == null || !y.containsKey(year)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(y.get(year));
    }

    /**
     * The years some canton's series has, in order: for a single, plain message when a year is asked for that no
     * series covers.
     */
    public java.util.SortedSet<Integer> years() {
        java.util.SortedSet<Integer> all = new java.util.TreeSet<>();
        series.values().forEach(y -> all.addAll(y.keySet()));
        return Collections.unmodifiableSortedSet(all);
    }

    /** True when there is no series at all. */
    public boolean isEmpty() {
        return series.isEmpty();
    }
}
