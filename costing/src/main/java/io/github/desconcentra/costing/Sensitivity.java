package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
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
        PARAMETER;

        /** {@code unit_cost} or {@code parameter}. */
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
     */
    public record Input(String id, Kind kind, String sector, BigDecimal central, Range range,
                        Provenance provenance) {
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
     * Swings each input to its low and its high, the others central.
     *
     * @param inputs never null; ids unique
     * @param model never null
     * @throws IllegalArgumentException naming the id when two inputs share one
     */
    public static Result oneAtATime(List<Input> inputs, Model model) {
        Preconditions.requireNonNull(model, "model");
        Preconditions.check(inputs.stream().map(Input::id).distinct().count() == inputs.size(),
                "sensitivity inputs must have distinct ids");
        SortedMap<String, BigDecimal> central = model.measures(Map.of());
        List<Swing> swings = new ArrayList<>();
        for (Input i : inputs) {
            swings.add(new Swing(i, model.measures(Map.of(i.id(), i.range().low())),
                    model.measures(Map.of(i.id(), i.range().high()))));
        }
        return new Result(central, swings);
    }
}
