package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.internal.InOrder;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How far the results move when the inputs that are not known exactly move within their ranges: one-at-a-time
 * swings (each ranged input at its low and at its high, every other input central), ranked as a tornado. The model
 * that turns inputs into measures (national capex, opex, per sector, per zone) is given by the caller, so the same
 * analysis serves unit costs (re-priced from {@link CostQuantities}) and standards' parameters (re-evaluated).
 * Deterministic: inputs are swung in the order given and ties in a tornado are broken by the input's id.
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /** What kind of input a swing moves. */
    public enum Kind {
        /** A figure of a typology's unit cost ({@code unit_costs.csv}). */
        UNIT_COST,
        /** A parameter of a sector's standard ({@code parameters.csv}). */
        PARAMETER,
        /** How far the price index restates unit costs to the price year ({@link PriceIndex#withGrowth}). */
        PRICE_INDEX;

        /** {@code unit_cost}, {@code parameter} or {@code price_index}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One input with a range.
     *
     * @param id a stable name, e.g. {@code HOSPITAL_BASIC/capex} or {@code HEALTH-CS-A/max_population}; never blank
     * @param kind never null
     * @param sector the sector's id the input belongs to, never blank
     * @param central the value the central result uses; within the range
     * @param range never null
     * @param provenance how the central value is known, never null
     * @param scale the decimal places of a drawn value (2 for an amount of money), from 0 to 12
     */
    public record Input(String id, Kind kind, String sector, BigDecimal central, Range range,
                        Provenance provenance, int scale) {
        /** The default number of decimal places of a drawn value that is not money. */
        public static final int FINE = 6;
        /** @throws IllegalArgumentException naming the input when a field is missing or the value is outside range */
        public Input {
            Preconditions.requireText(id, "id", "sensitivity input");
            Preconditions.requireNonNull(kind, "kind of " + id);
            Preconditions.requireText(sector, "sector", "sensitivity input " + id);
            Preconditions.requireNonNull(central, "central value of " + id);
            Preconditions.requireNonNull(range, "range of " + id);
            Preconditions.requireNonNull(provenance, "provenance of " + id);
            Preconditions.check(range.contains(central), "central value %s of %s must lie within its range %s",
                    central.toPlainString(), id, range.span());
            Preconditions.check(scale >= 0 && scale <= 12, "scale of %s must be within 0-12: %d", id, scale);
        }

        /** An input drawn to {@value #FINE} decimal places. */
        public Input(String id, Kind kind, String sector, BigDecimal central, Range range, Provenance provenance) {
            this(id, kind, sector, central, range, provenance, FINE);
        }
    }

    /**
     * What the results are with some inputs set away from their central values.
     */
    @FunctionalInterface
    public interface Model {
        /**
         * @param changed the inputs set away from central, by id, with their values; empty for the central result
         * @return every measure by name, never null; a measure absent is one with no costed line (0)
         */
        SortedMap<String, BigDecimal> measures(Map<String, BigDecimal> changed);
    }

    /**
     * One input's swing: the measures with the input at its low and at its high.
     *
     * @param input never null
     * @param atLow the measures with the input at {@code input.range().low()}
     * @param atHigh the measures with the input at {@code input.range().high()}
     */
    public record Swing(Input input, SortedMap<String, BigDecimal> atLow, SortedMap<String, BigDecimal> atHigh) {
        /** Copies. */
        public Swing {
            Preconditions.requireNonNull(input, "input");
            atLow = Collections.unmodifiableSortedMap(new TreeMap<>(atLow));
            atHigh = Collections.unmodifiableSortedMap(new TreeMap<>(atHigh));
        }

        /** The measure with the input at its low (0 when absent: no costed line). */
        public BigDecimal low(String measure) {
            return atLow.getOrDefault(measure, BigDecimal.ZERO);
        }

        /** The measure with the input at its high (0 when absent: no costed line). */
        public BigDecimal high(String measure) {
            return atHigh.getOrDefault(measure, BigDecimal.ZERO);
        }

        /** How far the measure moves between the input's low and high: {@code |high - low|}. */
        public BigDecimal width(String measure) {
            return high(measure).subtract(low(measure)).abs();
        }
    }

    /**
     * The result of a one-at-a-time analysis.
     *
     * @param central the measures with every input central
     * @param swings one per input, in the order of the inputs
     */
    public record Result(SortedMap<String, BigDecimal> central, List<Swing> swings) {
        /** Copies. */
        public Result {
            central = Collections.unmodifiableSortedMap(new TreeMap<>(central));
            swings = List.copyOf(swings);
        }

        /**
         * The swings that move a measure, widest first (a tornado); ties by input id. Inputs that do not move it
         * are left out.
         *
         * @param measure a measure's name, e.g. {@code capex}
         */
        public List<Swing> tornado(String measure) {
            return swings.stream().filter(s -> s.width(measure).signum() != 0)
                    .sorted(Comparator.comparing((Swing s) -> s.width(measure)).reversed()
                            .thenComparing(s -> s.input().id()))
                    .toList();
        }

        /** The central value of a measure (0 when absent: no costed line). */
        public BigDecimal central(String measure) {
            return central.getOrDefault(measure, BigDecimal.ZERO);
        }
    }

    /**
     * Swings each input to its low and its high, the others central, one thread.
     *
     * @param inputs never null; ids unique
     * @param model never null
     * @throws IllegalArgumentException naming the id when two inputs share one
     */
    public static Result oneAtATime(List<Input> inputs, Model model) {
        return oneAtATime(inputs, model, 1);
    }

    /**
     * Swings each input to its low and its high, the others central, on up to {@code threads} threads (the model
     * must then be thread-safe); the result does not depend on the number of threads.
     *
     * @param inputs never null; ids unique
     * @param model never null
     * @param threads at least 1
     * @throws IllegalArgumentException naming the id when two inputs share one
     */
    public static Result oneAtATime(List<Input> inputs, Model model, int threads) {
        Preconditions.requireNonNull(model, "model");
        Preconditions.check(inputs.stream().map(Input::id).distinct().count() == inputs.size(),
                "sensitivity inputs must have distinct ids");
        SortedMap<String, BigDecimal> central = model.measures(Map.of());
        List<Swing> swings = InOrder.run(inputs.size(), threads, "desconcentra-sensitivity", k -> {
            Input i = inputs.get(k);
            return new Swing(i, model.measures(Map.of(i.id(), i.range().low())),
                    model.measures(Map.of(i.id(), i.range().high())));
        });
        return new Result(central, swings);
    }

    /** How a draw spreads an input over its range. */
    public enum Distribution {
        /**
         * Triangular from low to high with its mode at the central value: the value the report uses stays the most
         * likely, the ends of the range are possible but rare, and nothing beyond low, central and high is assumed.
         */
        TRIANGULAR,
        /** Uniform from low to high: every value of the range equally likely, the central value not preferred. */
        UNIFORM;

        /** {@code triangular} or {@code uniform}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Parses {@code triangular} or {@code uniform}, ignoring case.
         *
         * @throws IllegalArgumentException naming the value otherwise
         */
        public static Distribution fromId(String id) {
            for (Distribution d : values()) {
                if (d.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown distribution: " + id + " (expected triangular or uniform)");
        }
    }

    /** The most draws a Monte Carlo takes: every draw's measures are kept until the percentiles are taken. */
    public static final int MAX_DRAWS = 100_000;

    /**
     * The spread of one measure over the draws of a Monte Carlo: nearest-rank percentiles (the value at rank
     * {@code ceil(p × draws)} of the sorted draws).
     *
     * @param measure the measure's name
     * @param draws how many draws
     * @param p10 10th percentile
     * @param p50 median
     * @param p90 90th percentile
     * @param min smallest draw
     * @param max largest draw
     */
    public record Percentiles(String measure, int draws, BigDecimal p10, BigDecimal p50, BigDecimal p90,
                              BigDecimal min, BigDecimal max) {
    }

    /**
     * Draws every input at once, independently of the others, {@code draws} times, and gives the percentiles of every
     * measure. Draw {@code k} takes its values from its own {@link java.util.SplittableRandom} seeded by
     * {@code seed} and {@code k} alone, inputs in the order given, so the result depends on neither the number of
     * threads nor the order draws finish in. Each value is rounded half-even to the input's scale and kept within its
     * range.
     *
     * @param inputs never null; ids unique
     * @param model never null; thread-safe when {@code threads > 1}
     * @param draws at least 1
     * @param seed any
     * @param distribution never null
     * @param threads at least 1
     * @return the percentiles per measure, sorted by measure; a measure absent from a draw counts as 0 there
     */
    public static SortedMap<String, Percentiles> monteCarlo(List<Input> inputs, Model model, int draws, long seed,
                                                           Distribution distribution, int threads) {
        Preconditions.requireNonNull(model, "model");
        Preconditions.requireNonNull(distribution, "distribution");
        Preconditions.check(draws >= 1 && draws <= MAX_DRAWS, "draws must be within 1-%d: %d", MAX_DRAWS, draws);
        Preconditions.check(inputs.stream().map(Input::id).distinct().count() == inputs.size(),
                "sensitivity inputs must have distinct ids");
        List<SortedMap<String, BigDecimal>> results = InOrder.run(draws, threads, "desconcentra-sensitivity",
                k -> model.measures(draw(inputs, seed, k, distribution)));
        java.util.SortedSet<String> measures = new java.util.TreeSet<>();
        results.forEach(r -> measures.addAll(r.keySet()));
        SortedMap<String, Percentiles> out = new TreeMap<>();
        for (String m : measures) {
            List<BigDecimal> v = new ArrayList<>(draws);
            results.forEach(r -> v.add(r.getOrDefault(m, BigDecimal.ZERO)));
            v.sort(Comparator.naturalOrder());
            out.put(m, new Percentiles(m, draws, rank(v, 10), rank(v, 50), rank(v, 90), v.get(0),
                    v.get(v.size() - 1)));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private static BigDecimal rank(List<BigDecimal> sorted, int percent) {
        int n = sorted.size();
        int r = (int) Math.max(1, (percent * (long) n + 99) / 100);
        return sorted.get(r - 1);
    }

    /**
     * The values of draw {@code k}: every input, in the order given, from a generator seeded by the seed and
     * {@code k} alone.
     */
    public static Map<String, BigDecimal> draw(List<Input> inputs, long seed, int k, Distribution distribution) {
        // The draw's seed is a strong mix of (seed, k): seeds a whole number of gammas apart would give one stream
        // shifted, and draws that overlap.
        java.util.SplittableRandom random = new java.util.SplittableRandom(mix(seed ^ mix(k + 1L)));
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        for (Input i : inputs) {
            values.put(i.id(), value(i, random.nextDouble(), distribution));
        }
        return Collections.unmodifiableMap(values);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijection that spreads nearby numbers apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The value at quantile {@code u} of an input's distribution, rounded to its scale, within its range. */
    static BigDecimal value(Input i, double u, Distribution distribution) {
        double low = i.range().low().doubleValue();
        double high = i.range().high().doubleValue();
        double x;
        if (distribution == Distribution.UNIFORM || high == low) {
            x = low + u * (high - low);
        } else {
            double mode = i.central().doubleValue();
            double f = (mode - low) / (high - low);
            x = u < f ? low + Math.sqrt(u * (high - low) * (mode - low))
                    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        }
        BigDecimal v = BigDecimal.valueOf(x).setScale(i.scale(), java.math.RoundingMode.HALF_EVEN);
        return v.max(i.range().low()).min(i.range().high());
    }
}
