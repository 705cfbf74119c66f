package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One line of the gap: for one unit, typology, measure and rule, what is required, what usable supply there is,
 * and the deficit or surplus, with how far the supply is known. A {@link Scope#STANDARD} line is a unit where the
 * standard applies, compared with the supply located in it. Where supply is located less precisely than the
 * requirement (schools known only to lie somewhere among the circuits of an urban parish), the requirements of the
 * units below are compared once at the finest unit holding both: one {@link Scope#COMPARISON} line there, and a
 * {@link Scope#REQUIREMENT} line (requirement only) for each unit below. A {@link Scope#ROLLUP} line sums the
 * compared lines (standard and comparison) of the units below it; a surplus in one unit never fills another's
 * deficit.
 *
 * <p>Unknown is not zero: {@link #assessment()} says whether the supply was assessed. For
 * {@link Assessment#NOT_ASSESSED} the supply is unknown and the deficit is not a deficit: it is at most the
 * requirement. For {@link Assessment#PARTLY_ASSESSED} the usable supply is a lower bound and the deficit an upper
 * bound.
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
 * @param assessment how far the supply compared is known, never null
 * @param comparedAt the unit where the requirement is compared with supply: the line's own unit for standard,
 *     comparison and roll-up lines, an ancestor for a requirement line; never null
 * @param comparison why it is compared there, in words, never null (empty for roll-ups)
 * @param sources the inventory sources the supply comes from or that cover it (id and vintage), sorted; copied
 * @param status the weakest status among the line's inputs: the rule, its parameters, the demographics, each
 *     counted establishment's typology and measure, and the sources; never null
 */
public record DeficitLine(Scope scope, UnitCode code, String name, Sector sector, String typology, Measure measure,
                          long required, long usableSupply, long repairSupply, long deficit, long surplus,
                          String rule, String standard, Provenance provenance, String inputs, Set<String> supply,
                          Assessment assessment, UnitCode comparedAt, String comparison, List<String> sources,
                          Provenance.Status status) {

    /** Copies the supply typologies and sources. */
    public DeficitLine {
        supply = supply == null || supply.isEmpty() ? Set.of(typology) : Set.copyOf(supply);
        assessment = assessment == null ? Assessment.NOT_ASSESSED : assessment;
        comparedAt = comparedAt == null ? code : comparedAt;
        comparison = comparison == null ? "" : comparison;
        sources = sources == null ? List.of() : sorted(sources);
        status = status == null ? provenance.status() : status;
    }

    /**
     * A line compared at its own unit with the supply counted there, with no declared source: not assessed, the
     * status the rule's.
     */
    public DeficitLine(Scope scope, UnitCode code, String name, Sector sector, String typology, Measure measure,
                       long required, long usableSupply, long repairSupply, long deficit, long surplus, String rule,
                       String standard, Provenance provenance, String inputs, Set<String> supply) {
        this(scope, code, name, sector, typology, measure, required, usableSupply, repairSupply, deficit, surplus,
                rule, standard, provenance, inputs, supply, Assessment.NOT_ASSESSED, code, "", List.of(),
                provenance.status());
    }

    /**
     * The sources sorted without repeats, unmodifiable: the list itself when it already is one (the engine shares one
     * list among the many lines citing the same sources), otherwise a sorted copy.
     */
    private static List<String> sorted(List<String> sources) {
        List<String> copy = List.copyOf(sources);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i - 1).compareTo(copy.get(i)) >= 0) {
                return List.copyOf(new java.util.TreeSet<>(copy));
            }
        }
        return copy;
    }

    /**
     * {@code units=n} for n below this bound, made when first needed and then shared. Written without a lock: two
     * threads may each make the string, equal, and either is kept (strings are immutable).
     */
    private static final String[] UNITS_SUMMED = new String[4_096];

    /**
     * The inputs of a roll-up or comparison line, {@code units=n}: one shared string for each common count instead of
     * one per line (several hundred thousand roll-up lines at 100 × Ecuador).
     *
     * @param n the number of units summed
     * @return {@code units=n}, never null
     */
    public static String unitsSummed(long n) {
        if (n < 0 || n >= UNITS_SUMMED.length) {
            return "units=" + n;
        }
        String text = UNITS_SUMMED[(int) n];
        if (text == null) {
            text = "units=" + n;
            UNITS_SUMMED[(int) n] = text;
        }
        return text;
    }

    /** True for the lines that compare supply with a requirement: standard and comparison lines. */
    public boolean isCompared() {
        return scope == Scope.STANDARD || scope == Scope.COMPARISON;
    }

    /** The sources in one cell: {@code a (2023); b (2017)}, or empty. */
    public String sourcesText() {
        return String.join("; ", sources);
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
        /** A unit where the standard applies, compared with the supply located in it. */
        STANDARD,
        /**
         * The requirements of the units below, compared once here with the supply located here, because some of that
         * supply is not located to a single unit below.
         */
        COMPARISON,
        /** A unit where the standard applies, whose requirement is compared at an ancestor ({@link #comparedAt()}). */
        REQUIREMENT,
        /** A sum of the compared lines of the units below. */
        ROLLUP;

        /** The identifier, kept with the constant: report writers ask for it on every row. */
        private final String id = io.github.desconcentra.territory.internal.Ids.ofName(name());

        /** {@code standard} or {@code rollup}. */
        public String id() {
            return id;
        }
    }

    /**
     * The order of {@code deficits.csv}: level from nation down to circuit, then code, sector, typology, measure,
     * rule.
     */
    public static final Comparator<DeficitLine> ORDER = Comparator
            .comparingInt((DeficitLine l) -> l.level().depth())
            .thenComparing(l -> l.code().value())
            .thenComparing(DeficitLine::sector)
            .thenComparing(DeficitLine::typology)
            .thenComparing(DeficitLine::measure)
            .thenComparing(DeficitLine::rule)
            .thenComparing(DeficitLine::scope);

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
