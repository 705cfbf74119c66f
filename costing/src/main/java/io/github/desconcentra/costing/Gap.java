package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Set;

/**
 * One line of the gap to cost: a unit, a typology and a measure, with its deficit. It mirrors a standard line of an
 * evaluation without tying costing to the rule engine.
 *
 * @param unit the unit where the standard applies, never null
 * @param sector the sector's id, never blank
 * @param typology the typology code, never blank
 * @param measure {@code establishments}, {@code places} or {@code staff}
 * @param required not negative
 * @param deficit not negative
 * @param repairSupply usable supply that needs repair, not negative
 * @param rule the rule that produced the requirement, never blank
 * @param supplyTypologies the typologies whose establishments count as supply against the line (a staff line counts
 *     the staff of every one of them, so new establishments of those typologies bring staff to it); copied, never
 *     empty
 * @param assessment how far the supply of the line is known, never null: a line not assessed has no known deficit and
 *     a partly assessed line only an upper bound, so neither is costed nor planned (each is listed with its reason)
 * @param sources the inventory sources of its supply (id and vintage), in one text; never null, may be empty
 * @param status the weakest status among the line's inputs (rule, parameters, demographics, establishments,
 *     sources), or null when not stated
 */
public record Gap(UnitCode unit, String sector, String typology, String measure, long required, long deficit,
                  long repairSupply, String rule, Set<String> supplyTypologies, SupplyAssessment assessment,
                  String sources, Provenance.Status status) {
    /** The measures a gap can count, in an array for {@link #isMeasure}. */
    private static final String[] MEASURE_NAMES = {"establishments", "places", "staff"};
    /** The measures a gap can count. */
    public static final Set<String> MEASURES = Set.of(MEASURE_NAMES);

    /** @throws IllegalArgumentException naming the value when a field is invalid */
    public Gap {
        Preconditions.requireNonNull(unit, "unit");
        Preconditions.requireText(sector, "sector", unit);
        Preconditions.requireText(typology, "typology", unit);
        // The messages' arguments are boxed only on failure: a plan makes a gap line per compared line of every year.
        if (!isMeasure(measure)) {
            throw Preconditions.failure("unknown measure \"%s\" (unit %s)", measure, unit);
        }
        Preconditions.requireNonNegative(required, "required", unit);
        Preconditions.requireNonNegative(deficit, "deficit", unit);
        if (deficit > required) {
            throw Preconditions.failure("deficit %d must not exceed required %d (unit %s, typology %s)", deficit,
                    required, unit, typology);
        }
        Preconditions.requireNonNegative(repairSupply, "repair supply", unit);
        Preconditions.requireText(rule, "rule", unit);
        if (supplyTypologies == null) {
            // The message is made only on failure: costing makes tens of thousands of gap lines.
            throw new NullPointerException("supply typologies of " + unit + " must not be null");
        }
        supplyTypologies = Set.copyOf(supplyTypologies);
        if (supplyTypologies.isEmpty()) {
            throw Preconditions.failure("a gap line counts no supply typology (unit %s, typology %s)", unit, typology);
        }
        if (assessment == null) {
            throw new NullPointerException("assessment of " + unit + " must not be null");
        }
        sources = sources == null ? "" : sources;
    }

    /** One of {@link #MEASURES}, compared without hashing the text (the set's look-up is slower under C1). */
    private static boolean isMeasure(String measure) {
        for (String m : MEASURE_NAMES) {
            if (m.equals(measure)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line whose supply was assessed ({@code supplyAssessed}) or not, with no stated sources or status.
     */
    public Gap(UnitCode unit, String sector, String typology, String measure, long required, long deficit,
               long repairSupply, String rule, Set<String> supplyTypologies, boolean supplyAssessed) {
        this(unit, sector, typology, measure, required, deficit, repairSupply, rule, supplyTypologies,
                supplyAssessed ? SupplyAssessment.ASSESSED : SupplyAssessment.NOT_ASSESSED, "", null);
    }

    /** True when the supply of the line was assessed: only then is its deficit costed and planned. */
    public boolean supplyAssessed() {
        return assessment == SupplyAssessment.ASSESSED;
    }

    /** The status's id, or empty when not stated. */
    public String statusId() {
        return status == null ? "" : status.id();
    }

    /** An assessed line whose supply is its own typology. */
    public Gap(UnitCode unit, String sector, String typology, String measure, long required, long deficit,
               long repairSupply, String rule) {
        this(unit, sector, typology, measure, required, deficit, repairSupply, rule, Set.of(typology), true);
    }
}
