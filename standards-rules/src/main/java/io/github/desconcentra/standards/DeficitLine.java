package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Set;

/**
 * One line of the gap: for one unit, typology, measure and rule, what is required, what usable supply there is,
 * and the deficit or surplus. A {@link Scope#STANDARD} line is a unit where the standard applies; a
 * {@link Scope#ROLLUP} line sums the standard lines of the units below it (a surplus in one unit never fills
 * another's deficit).
 *
 * @param scope never null
 * @param code the unit, never null
 * @param name the unit's name
 * @param sector never null
 * @param typology never null
 * @param measure never null
 * @param required not negative
 * @param usableSupply supply in good condition or needing repair
 * @param repairSupply the part of the usable supply that needs repair
 * @param deficit {@code max(0, required - usable)} for a standard line; the sum of deficits for a roll-up
 * @param surplus {@code max(0, usable - required)} for a standard line; the sum of surpluses for a roll-up
 * @param rule the rule that produced the requirement
 * @param standard the standard's id
 * @param provenance the standard's source and status
 * @param inputs the inputs of the rule (standard lines) or the number of units summed (roll-ups)
 * @param supply the typologies counted as supply against the requirement (a staff line counts the staff of each);
 *     copied; never empty
 */
public record DeficitLine(Scope scope, UnitCode code, String name, Sector sector, String typology, Measure measure,
                          long required, long usableSupply, long repairSupply, long deficit, long surplus,
                          String rule, String standard, Provenance provenance, String inputs, Set<String> supply) {

    /** Copies the supply typologies. */
    public DeficitLine {
        supply = supply == null || supply.isEmpty() ? Set.of(typology) : Set.copyOf(supply);
    }

    /** A line whose supply is its own typology. */
    public DeficitLine(Scope scope, UnitCode code, String name, Sector sector, String typology, Measure measure,
                       long required, long usableSupply, long repairSupply, long deficit, long surplus, String rule,
                       String standard, Provenance provenance, String inputs) {
        this(scope, code, name, sector, typology, measure, required, usableSupply, repairSupply, deficit, surplus,
                rule, standard, provenance, inputs, Set.of(typology));
    }

    /** Where a line comes from. */
    public enum Scope {
        /** A unit where the standard applies. */
        STANDARD,
        /** A sum over the units below. */
        ROLLUP;

        /** {@code standard} or {@code rollup}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The order of {@code deficits.csv}: level from nation down to circuit, then code, sector, typology, measure,
     * rule.
     */
    public static final Comparator<DeficitLine> ORDER = Comparator
            .comparing((DeficitLine l) -> l.level().depth())
            .thenComparing(l -> l.code().value())
            .thenComparing(DeficitLine::sector)
            .thenComparing(DeficitLine::typology)
            .thenComparing(DeficitLine::measure)
            .thenComparing(DeficitLine::rule);

    /** The level of the unit. */
    public Level level() {
        return code.level();
    }

    /** Usable supply over required, 4 decimals half-even; 1 when nothing is required. */
    public BigDecimal coverage() {
        if (required == 0) {
            return BigDecimal.ONE.setScale(4, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(usableSupply).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_EVEN);
    }
}
