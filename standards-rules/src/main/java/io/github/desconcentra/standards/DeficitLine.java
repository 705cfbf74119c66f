package io.github.desconcentra.standards;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>A final class with a record's constructors, accessors, equality, hash code and text, not a record: at 100 ×
 * Ecuador an evaluation holds 1.38 million lines, and a record keeps a field per component (120 bytes a line). Here
 * the seven components a rule fixes (sector, typology, measure, rule, standard, provenance, supply) are one shared
 * {@link Origin}, the three enumerations are bytes, and where and why the line is compared one field: 80 bytes a
 * line. Jackson writes it as it wrote the record: its
 * components by name, in order (and {@code compared}, from {@link #isCompared()}).
 */
@JsonPropertyOrder({"scope", "code", "name", "sector", "typology", "measure", "required", "usableSupply",
        "repairSupply", "deficit", "surplus", "rule", "standard", "provenance", "inputs", "supply", "assessment",
        "comparedAt", "comparison", "sources", "status"})
public final class DeficitLine {
    private final Origin origin;
    private final UnitCode code;
    private final String name;
    private final long required;
    private final long usableSupply;
    private final long repairSupply;
    private final long deficit;
    private final long surplus;
    private final String inputs;
    /**
     * Where and why the line is compared: the reason alone (a string) when compared at the line's own unit (the same
     * code object: standard, comparison and roll-up lines), else a {@link Where}. One field instead of two: 80 bytes
     * a line instead of 88 (11 MB of the 1.38 million lines at 100 x Ecuador); only requirement lines pay a
     * {@code Where}.
     */
    private final Object where;
    private final List<String> sources;
    /** Ordinals; -1 for a null scope (the record accepted one). */
    private final byte scope;
    private final byte assessment;
    private final byte status;

    private static final Scope[] SCOPES = Scope.values();
    private static final Assessment[] ASSESSMENTS = Assessment.values();
    private static final Provenance.Status[] STATUSES = Provenance.Status.values();

    /**
     * The canonical constructor; copies the supply typologies and sources.
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
    public DeficitLine(Scope scope, UnitCode code, String name, Sector sector, String typology, Measure measure,
                       long required, long usableSupply, long repairSupply, long deficit, long surplus,
                       String rule, String standard, Provenance provenance, String inputs, Set<String> supply,
                       Assessment assessment, UnitCode comparedAt, String comparison, List<String> sources,
                       Provenance.Status status) {
        supply = supply == null || supply.isEmpty() ? Set.of(typology) : Set.copyOf(supply);
        assessment = assessment == null ? Assessment.NOT_ASSESSED : assessment;
        comparedAt = comparedAt == null ? code : comparedAt;
        comparison = comparison == null ? "" : comparison;
        sources = sources == null ? List.of() : sorted(sources);
        status = status == null ? provenance.status() : status;
        this.origin = Origin.of(sector, typology, measure, rule, standard, provenance, supply);
        this.scope = scope == null ? -1 : (byte) scope.ordinal();
        this.code = code;
        this.name = name;
        this.required = required;
        this.usableSupply = usableSupply;
        this.repairSupply = repairSupply;
        this.deficit = deficit;
        this.surplus = surplus;
        this.inputs = inputs;
        this.assessment = (byte) assessment.ordinal();
        this.where = comparedAt == code ? comparison : new Where(comparedAt, comparison);
        this.sources = sources;
        this.status = (byte) status.ordinal();
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
        return scope == Scope.STANDARD.ordinal() || scope == Scope.COMPARISON.ordinal();
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

    /** @return the line's scope */
    @JsonProperty
    public Scope scope() {
        return scope < 0 ? null : SCOPES[scope];
    }

    /** @return the unit */
    @JsonProperty
    public UnitCode code() {
        return code;
    }

    /** @return the unit's name */
    @JsonProperty
    public String name() {
        return name;
    }

    /** @return the sector */
    @JsonProperty
    public Sector sector() {
        return origin.sector;
    }

    /** @return the typology to provide */
    @JsonProperty
    public String typology() {
        return origin.typology;
    }

    /** @return the measure */
    @JsonProperty
    public Measure measure() {
        return origin.measure;
    }

    /** @return the required quantity */
    @JsonProperty
    public long required() {
        return required;
    }

    /** @return the usable supply */
    @JsonProperty
    public long usableSupply() {
        return usableSupply;
    }

    /** @return the part of the usable supply that needs repair */
    @JsonProperty
    public long repairSupply() {
        return repairSupply;
    }

    /** @return the deficit */
    @JsonProperty
    public long deficit() {
        return deficit;
    }

    /** @return the surplus */
    @JsonProperty
    public long surplus() {
        return surplus;
    }

    /** @return the rule that produced the requirement */
    @JsonProperty
    public String rule() {
        return origin.rule;
    }

    /** @return the standard's id */
    @JsonProperty
    public String standard() {
        return origin.standard;
    }

    /** @return the standard's source and status */
    @JsonProperty
    public Provenance provenance() {
        return origin.provenance;
    }

    /** @return the inputs of the rule, or the number of units summed */
    @JsonProperty
    public String inputs() {
        return inputs;
    }

    /** @return the typologies counted as supply, never empty */
    @JsonProperty
    public Set<String> supply() {
        return origin.supply;
    }

    /** @return how far the supply compared is known, never null */
    @JsonProperty
    public Assessment assessment() {
        return ASSESSMENTS[assessment];
    }

    /** @return the unit where the requirement is compared with supply, never null */
    @JsonProperty
    public UnitCode comparedAt() {
        return where instanceof Where w ? w.comparedAt : code;
    }

    /** @return why it is compared there, never null */
    @JsonProperty
    public String comparison() {
        return where instanceof Where w ? w.comparison : (String) where;
    }

    /** The unit a line is compared at, when not its own, and why. */
    private record Where(UnitCode comparedAt, String comparison) {
    }

    /** @return the sources cited, sorted */
    @JsonProperty
    public List<String> sources() {
        return sources;
    }

    /** @return the weakest status among the line's inputs, never null */
    @JsonProperty
    public Provenance.Status status() {
        return STATUSES[status];
    }

    /** Equal when every component is, as a record's equality. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof DeficitLine l && scope == l.scope && required == l.required
                && usableSupply == l.usableSupply && repairSupply == l.repairSupply && deficit == l.deficit
                && surplus == l.surplus && assessment == l.assessment && status == l.status
                && Objects.equals(code, l.code) && Objects.equals(name, l.name) && origin.equals(l.origin)
                && Objects.equals(inputs, l.inputs) && Objects.equals(comparedAt(), l.comparedAt())
                && Objects.equals(comparison(), l.comparison()) && Objects.equals(sources, l.sources);
    }

    /** The hash code a record of these components has: {@code h = 31 * h + hash(component)}, in order. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(scope());
        h = 31 * h + Objects.hashCode(code);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(sector());
        h = 31 * h + Objects.hashCode(typology());
        h = 31 * h + Objects.hashCode(measure());
        h = 31 * h + Long.hashCode(required);
        h = 31 * h + Long.hashCode(usableSupply);
        h = 31 * h + Long.hashCode(repairSupply);
        h = 31 * h + Long.hashCode(deficit);
        h = 31 * h + Long.hashCode(surplus);
        h = 31 * h + Objects.hashCode(rule());
        h = 31 * h + Objects.hashCode(standard());
        h = 31 * h + Objects.hashCode(provenance());
        h = 31 * h + Objects.hashCode(inputs);
        h = 31 * h + Objects.hashCode(supply());
        h = 31 * h + Objects.hashCode(assessment());
        h = 31 * h + Objects.hashCode(comparedAt());
        h = 31 * h + Objects.hashCode(comparison());
        h = 31 * h + Objects.hashCode(sources);
        return 31 * h + Objects.hashCode(status());
    }

    /** The text a record of these components has: {@code DeficitLine[scope=…, code=…, …]}. */
    @Override
    public String toString() {
        return "DeficitLine[scope=" + scope() + ", code=" + code + ", name=" + name + ", sector=" + sector()
                + ", typology=" + typology() + ", measure=" + measure() + ", required=" + required
                + ", usableSupply=" + usableSupply + ", repairSupply=" + repairSupply + ", deficit=" + deficit
                + ", surplus=" + surplus + ", rule=" + rule() + ", standard=" + standard() + ", provenance="
                + provenance() + ", inputs=" + inputs + ", supply=" + supply() + ", assessment=" + assessment()
                + ", comparedAt=" + comparedAt() + ", comparison=" + comparison() + ", sources=" + sources
                + ", status=" + status() + "]";
    }

    /**
     * What the rule behind a line fixes: sector, typology, measure, rule, standard, provenance and the supply
     * counted. One instance per distinct combination is shared by all the lines that have it (a few hundred rules,
     * a million lines); beyond {@link #KEPT_AT_MOST} combinations (made-up lines in property tests) further ones
     * are not kept, only made.
     */
    private static final class Origin {
        private static final int KEPT_AT_MOST = 100_000;
        private static final ConcurrentHashMap<Origin, Origin> KEPT = new ConcurrentHashMap<>();

        final Sector sector;
        final String typology;
        final Measure measure;
        final String rule;
        final String standard;
        final Provenance provenance;
        final Set<String> supply;
        /** Of the typology, rule and enumerations' ordinals only: strings cache theirs, a set does not. */
        private final int hash;

        private Origin(Sector sector, String typology, Measure measure, String rule, String standard,
                       Provenance provenance, Set<String> supply) {
            this.sector = sector;
            this.typology = typology;
            this.measure = measure;
            this.rule = rule;
            this.standard = standard;
            this.provenance = provenance;
            this.supply = supply;
            this.hash = ((Objects.hashCode(typology) * 31 + Objects.hashCode(rule)) * 31
                    + (sector == null ? -1 : sector.ordinal())) * 31 + (measure == null ? -1 : measure.ordinal());
        }

        static Origin of(Sector sector, String typology, Measure measure, String rule, String standard,
                         Provenance provenance, Set<String> supply) {
            Origin o = new Origin(sector, typology, measure, rule, standard, provenance, supply);
            Origin kept = KEPT.get(o);
            if (kept != null) {
                return kept;
            }
            if (KEPT.size() >= KEPT_AT_MOST) {
                return o;
            }
            kept = KEPT.putIfAbsent(o, o);
            return kept == null ? o : kept;
        }

        @Override
        public boolean equals(Object x) {
            return x == this || x instanceof Origin o && hash == o.hash && sector == o.sector && measure == o.measure
                    && Objects.equals(typology, o.typology) && Objects.equals(rule, o.rule)
                    && Objects.equals(standard, o.standard) && Objects.equals(provenance, o.provenance)
                    && Objects.equals(supply, o.supply);
        }

        @Override
        public int hashCode() {
            return hash;
        }
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
