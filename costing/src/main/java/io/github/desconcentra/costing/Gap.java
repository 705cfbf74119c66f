package io.github.desconcentra.costing;

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
 * @param supplyAssessed false when the supply of the line was not assessed: its deficit is then unknown, and the line
 *     is neither costed nor planned (it is listed with that reason)
 */
public record Gap(UnitCode unit, String sector, String typology, String measure, long required, long deficit,
                  long repairSupply, String rule, Set<String> supplyTypologies, boolean supplyAssessed) {
    /** The measures a gap can count. */
    public static final Set<String> MEASURES = Set.of("establishments", "places", "staff");

    /** @throws IllegalArgumentException naming the value when a field is invalid */
    public Gap {
        Preconditions.requireNonNull(unit, "unit");
        Preconditions.requireText(sector, "sector", unit);
        Preconditions.requireText(typology, "typology", unit);
        Preconditions.check(MEASURES.contains(measure), "unknown measure \"%s\" (unit %s)", measure, unit);
        Preconditions.requireNonNegative(required, "required", unit);
        Preconditions.requireNonNegative(deficit, "deficit", unit);
        Preconditions.check(deficit <= required, "deficit %d must not exceed required %d (unit %s, typology %s)",
                deficit, required, unit, typology);
        Preconditions.requireNonNegative(repairSupply, "repair supply", unit);
        Preconditions.requireText(rule, "rule", unit);
        Preconditions.requireNonNull(supplyTypologies, "supply typologies of " + unit);
        supplyTypologies = Set.copyOf(supplyTypologies);
        Preconditions.check(!supplyTypologies.isEmpty(), "a gap line counts no supply typology (unit %s, typology"
                + " %s)", unit, typology);
    }

    /** An assessed line whose supply is its own typology. */
    public Gap(UnitCode unit, String sector, String typology, String measure, long required, long deficit,
               long repairSupply, String rule) {
        this(unit, sector, typology, measure, required, deficit, repairSupply, rule, Set.of(typology), true);
    }
}
