package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * What a standard requires of one unit, as a rule inserted it: a quantity of one measure of one typology, and which
 * typologies count as supply against it. The quantity is computed here, in Java: {@code max(minimum,
 * ceil(driver × numerator / denominator))}.
 *
 * @param unitCode the unit the standard applies to, never null
 * @param sector never null
 * @param typology the typology to provide, never blank
 * @param measure never null
 * @param quantity the required quantity, from 0 to {@link #MAX_QUANTITY}
 * @param supply typology codes whose establishments count as supply; never empty; copied (unordered)
 * @param rule the rule's name, never blank
 * @param standard the standard's id (rule metadata {@code @standard}), never blank
 * @param provenance the rule's source and status (rule metadata {@code @source}, {@code @status})
 * @param inputs the inputs used, in words, e.g. {@code population=9999}; never null
 */
public record Requirement(UnitCode unitCode, Sector sector, String typology, Measure measure, long quantity,
                          Set<String> supply, String rule, String standard, Provenance provenance, String inputs) {
    /**
     * The most a standard may require of one unit: a trillion establishments, places or staff. Nothing real comes
     * near; the bound keeps the roll-ups of millions of units within a {@code long}, so a rule that computes an
     * absurd quantity is refused where it computes it rather than overflowing a sum further on.
     */
    public static final long MAX_QUANTITY = 1_000_000_000_000L;

    /** @throws IllegalArgumentException when a field is invalid */
    public Requirement {
        Preconditions.requireNonNull(unitCode, "unit");
        Preconditions.requireNonNull(sector, "sector");
        Preconditions.requireText(typology, "typology", "requirement");
        Preconditions.requireNonNull(measure, "measure");
        // Messages are built only on failure: a requirement is made for every unit and rule.
        if (quantity < 0) {
            Preconditions.requireNonNegative(quantity, "required quantity", "rule " + rule + ", unit "
                    + unitCode.value());
        }
        if (quantity > MAX_QUANTITY) {
            throw Preconditions.failure("required quantity must be at most %,d: %,d (rule %s, unit %s)", MAX_QUANTITY,
                    quantity, rule, unitCode.value());
        }
        supply = Set.copyOf(supply);
        if (supply.isEmpty()) {
            throw Preconditions.failure("requirement of rule %s counts no supply typology", rule);
        }
        Preconditions.requireText(rule, "rule", "requirement");
        Preconditions.requireText(standard, "standard", rule);
        if (provenance == null) {
            Preconditions.requireNonNull(provenance, "provenance of " + rule);
        }
        inputs = inputs == null ? "" : inputs;
    }

    /** The level of the unit. */
    public Level level() {
        return unitCode.level();
    }

    /**
     * True when the requirement rests on age groups (children, school age, people of 65 and over), so its people are
     * known as well as the unit's age structure: see {@link #restsOnAgeGroups(String)}.
     */
    public boolean restsOnAgeGroups() {
        return restsOnAgeGroups(inputs);
    }

    /**
     * True when an input named in these inputs ({@code name=value; name=value}, as {@link Builder#because} and
     * {@link Builder#share} write them) is an age group: its name holds {@code children}, {@code school_age} or
     * {@code 65}. Only the names are read: a population of 16,500 is not an age group.
     *
     * @param inputs never null
     */
    public static boolean restsOnAgeGroups(String inputs) {
        int start = 0;
        while (start < inputs.length()) {
            int eq = inputs.indexOf('=', start);
            int end = eq < 0 ? inputs.length() : eq;
            if (nameHoldsAgeGroup(inputs, start, end)) {
                return true;
            }
            int next = eq < 0 ? -1 : inputs.indexOf("; ", eq);
            if (next < 0) {
                return false;
            }
            start = next + 2;
        }
        return false;
    }

    /**
     * Whether the name between {@code start} and {@code end} holds {@code children}, {@code school_age} or
     * {@code 65}, in one pass over the name: an {@code indexOf} of each word from the name's start scanned the whole
     * rest of the text three times per name, and this runs for every requirement of every compared line.
     */
    private static boolean nameHoldsAgeGroup(String inputs, int start, int end) {
        for (int at = start; at < end; at++) {
            char ch = inputs.charAt(at);
            if (ch == 'c' && holdsAt(inputs, at, end, "children") || ch == 's' && holdsAt(inputs, at, end,
                    "school_age") || ch == '6' && holdsAt(inputs, at, end, "65")) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAt(String inputs, int at, int end, String word) {
        return at + word.length() <= end && inputs.startsWith(word, at);
    }

    /**
     * This requirement counting another supply: the engine widens what a rule names by the catalogue's
     * substitutions ({@link Catalogue#countedSupply}).
     *
     * @param counted the typologies counted, never empty
     */
    public Requirement withSupply(Set<String> counted) {
        return counted.equals(supply) ? this : new Requirement(unitCode, sector, typology, measure, quantity, counted,
                rule, standard, provenance, inputs);
    }

    /**
     * This requirement counting another supply ({@link #withSupply(Set)}), its inputs text the equal one already kept
     * in {@code texts} when there is one (else kept there): the rules of a unit often write the same inputs, and a
     * million requirements' texts outlive them in the lines.
     *
     * @param texts inputs texts by themselves, of one rule session
     */
    Requirement withSupply(Set<String> counted, Map<String, String> texts) {
        String kept = texts.putIfAbsent(inputs, inputs);
        String shared = kept == null ? inputs : kept;
        return shared == inputs ? withSupply(counted) : new Requirement(unitCode, sector, typology, measure, quantity,
                counted, rule, standard, provenance, shared);
    }

    /**
     * Starts a requirement from inside a rule consequence: {@code need(drools.getRule(), $u, "CS_A")}. The rule must
     * carry {@code @sector}, {@code @standard}, {@code @source} and {@code @status} metadata.
     */
    public static Builder need(Rule rule, UnitFact unit, String typology) {
        return new Builder(rule, unit, typology);
    }

    /** Supply sets by their text: requirements share them instead of each holding a copy. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> SUPPLY_SETS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The supply set of a requirement counting only its own typology, by typology: one shared set instead of one per
     * requirement (a million at 100 x Ecuador, 24 bytes each, outliving the rules in the requirements and lines), so
     * that the comparison, which groups requirements by supply set, mostly finds the very same set.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> OWN_SUPPLY =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Builds a requirement; used from rule consequences. */
    public static final class Builder {
        private final Rule rule;
        private final UnitFact unit;
        private final String typology;
        private Measure measure = Measure.ESTABLISHMENTS;
        private Set<String> supply;
        private final StringBuilder inputs = new StringBuilder();
        private BigDecimal sum = BigDecimal.ZERO;

        Builder(Rule rule, UnitFact unit, String typology) {
            this.rule = rule;
            this.unit = unit;
            this.typology = typology;
            this.supply = OWN_SUPPLY.computeIfAbsent(typology, Set::of);
        }

        /** The measure (default establishments). */
        public Builder measure(Measure m) {
            this.measure = m;
            return this;
        }

        /** Places instead of establishments. */
        public Builder places() {
            return measure(Measure.PLACES);
        }

        /** Staff instead of establishments. */
        public Builder staff() {
            return measure(Measure.STAFF);
        }

        /** The typologies counted as supply, comma-separated (default: the typology itself). */
        public Builder countingSupplyOf(String typologies) {
            this.supply = SUPPLY_SETS.computeIfAbsent(typologies,
                    k -> Set.copyOf(List.of(k.replace(" ", "").split(","))));
            return this;
        }

        /** Records an input in the explanation. */
        public Builder because(String name, Object value) {
            named(name).append(value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value));
            return this;
        }

        /**
         * Records a whole-number input in the explanation, written as {@link #because(String, Object)} writes it
         * (most inputs are counts of people: this spares a boxed value and its text at every firing).
         */
        public Builder because(String name, long value) {
            named(name).append(value);
            return this;
        }

        private StringBuilder named(String name) {
            if (inputs.length() > 0) {
                inputs.append("; ");
            }
            return inputs.append(name).append('=');
        }

        /**
         * Adds a share of a group of people to the sum that {@link #sumOfShares} requires, and records it in the
         * explanation, e.g. {@code share("school_age_5_14", $u.schoolAge5to14(), $basic.value())}.
         *
         * @throws IllegalArgumentException naming the group when the people or the share is negative
         */
        public Builder share(String group, long people, BigDecimal share) {
            if (share == null) {
                Preconditions.requireNonNull(share, "share of " + group + " (rule " + rule.getName() + ")");
            }
            if (people < 0 || share.signum() < 0) {
                throw Preconditions.failure("share %s of %,d %s must not be negative", show(share), people, group);
            }
            sum = sum.add(BigDecimal.valueOf(people).multiply(share));
            named(group).append(people).append(" x ").append(show(share));
            return this;
        }

        /**
         * {@code ceil(sum of the shares added)}, at least {@code minimum}.
         *
         * @throws IllegalArgumentException when the quantity is above {@link #MAX_QUANTITY}
         */
        public Requirement sumOfShares(long minimum) {
            return ratio(1, sum, BigDecimal.ONE, minimum);
        }

        /** A fixed quantity. */
        public Requirement quantity(long n) {
            return build(n);
        }

        /**
         * {@code ceil(driver × numerator / denominator)}, at least {@code minimum}.
         *
         * @throws IllegalArgumentException naming the values when the denominator is not positive or the quantity is
         *     above {@link #MAX_QUANTITY} (the engine adds the rule and the unit)
         */
        public Requirement ratio(long driver, BigDecimal numerator, BigDecimal denominator, long minimum) {
            // The messages format their numbers only on failure: this runs for every unit and rule.
            if (numerator == null) {
                Preconditions.requireNonNull(numerator, "numerator of rule " + rule.getName());
            }
            if (denominator == null) {
                Preconditions.requireNonNull(denominator, "denominator of rule " + rule.getName());
            }
            if (denominator.signum() <= 0) {
                throw Preconditions.failure("divides by %s (%,d x %s / %s)", show(denominator), driver,
                        show(numerator), show(denominator));
            }
            long exact = ceilingOf(driver, numerator, denominator);
            if (exact != NOT_IN_LONG) {
                return build(Math.max(minimum, exact));
            }
            BigDecimal n = BigDecimal.valueOf(driver).multiply(numerator).divide(denominator, 0, RoundingMode.CEILING);
            if (n.abs().compareTo(MAX) > 0) {
                throw Preconditions.failure("requires %s %s %s (%,d x %s / %s), above the most a standard may require"
                        + " of a unit (%,d)", show(n), typology, measure.id(), driver, show(numerator),
                        show(denominator), MAX_QUANTITY);
            }
            return build(Math.max(minimum, n.longValueExact()));
        }

        /**
         * {@code ceil(driver × numerator / denominator)} (denominator positive) worked out exactly in {@code long}s
         * from the unscaled values, or {@link #NOT_IN_LONG} when a step would not fit or the result is above
         * {@link #MAX_QUANTITY} (then the caller's {@code BigDecimal} arithmetic gives the result or the message).
         * Parameters are small decimals and drivers counts of people, so this is the path taken: the same quotient
         * rounded the same way, without the four {@code BigDecimal}s a firing made.
         */
        static long ceilingOf(long driver, BigDecimal numerator, BigDecimal denominator) {
            if (numerator.precision() > 18 || denominator.precision() > 18) {
                return NOT_IN_LONG;
            }
            int shift = denominator.scale() - numerator.scale();
            if (shift > 18 || shift < -18) {
                return NOT_IN_LONG;
            }
            try {
                long a = Math.multiplyExact(driver, numerator.unscaledValue().longValueExact());
                long d = denominator.unscaledValue().longValueExact();
                if (shift > 0) {
                    a = Math.multiplyExact(a, TENS[shift]);
                } else if (shift < 0) {
                    d = Math.multiplyExact(d, TENS[-shift]);
                }
                long q = a / d;
                if (a % d != 0 && a > 0) {
                    q++;
                }
                return q > MAX_QUANTITY || q < -MAX_QUANTITY ? NOT_IN_LONG : q;
            } catch (ArithmeticException tooLarge) {
                return NOT_IN_LONG;
            }
        }

        /** A number for a message: plain unless its exponent would make that a page of zeros. */
        private static String show(BigDecimal d) {
            return Math.abs(d.scale()) < 40 && d.precision() < 40 ? d.toPlainString() : d.toString();
        }

        /** {@code ceil(driver / per)}, at least {@code minimum}. */
        public Requirement per(long driver, BigDecimal per, long minimum) {
            return ratio(driver, BigDecimal.ONE, per, minimum);
        }

        private Requirement build(long n) {
            Metadata m = Metadata.of(rule);
            return new Requirement(unit.code(), m.sector(), typology, measure, n, supply, rule.getName(), m.standard(),
                    m.provenance(), inputs.toString());
        }
    }

    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_QUANTITY);

    /** No quotient in {@code long}: outside ±{@link #MAX_QUANTITY}, so never a result of {@code ceilingOf}. */
    static final long NOT_IN_LONG = Long.MIN_VALUE;

    /** 10^0 … 10^18. */
    private static final long[] TENS = new long[19];

    static {
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
        }
    }

    /**
     * Keeps each rule's metadata, once read, until {@link #forgetRuleMetadata} on this thread: a rule session
     * ({@code RuleSession.fire}) opens the table before firing and closes it after, so its consequences parse a
     * rule's metadata once, not at every firing. Without it, each requirement reads its rule's metadata again.
     *
     * @return the table this replaces (null when none), to give back to {@link #forgetRuleMetadata}
     */
    static Object keepRuleMetadata() {
        Map<Rule, Metadata> before = Metadata.KEPT.get();
        Metadata.KEPT.set(new java.util.IdentityHashMap<>());
        return before;
    }

    /** Closes the table {@link #keepRuleMetadata} opened, restoring the one it replaced. */
    @SuppressWarnings("unchecked")
    static void forgetRuleMetadata(Object before) {
        if (before == null) {
            Metadata.KEPT.remove();
        } else {
            Metadata.KEPT.set((Map<Rule, Metadata>) before);
        }
    }

    /**
     * A rule's metadata as a requirement carries it. Kept per rule session by the rule's identity: a rule base's
     * rules are distinct objects, and two rule bases may hold rules of the same name with other metadata. (Before,
     * a shared cache was keyed by the rule's metadata map; Drools hands out a new unmodifiable view of that map at
     * every {@code getMetaData()}, so every firing hashed and compared all its entries under a lock the rule threads
     * shared, and the weak keys, the views, were dropped at the next collection.)
     */
    private record Metadata(Sector sector, String standard, Provenance provenance) {
        /** The table of the rule session running on this thread, or none. */
        private static final ThreadLocal<Map<Rule, Metadata>> KEPT = new ThreadLocal<>();

        static Metadata of(Rule rule) {
            Map<Rule, Metadata> kept = KEPT.get();
            Metadata m = kept == null ? null : kept.get(rule);
            if (m == null) {
                Map<String, Object> meta = rule.getMetaData();
                m = new Metadata(Sector.fromId(text(rule, meta, "sector")), text(rule, meta, "standard"),
                        new Provenance(text(rule, meta, "source"), Provenance.Status.fromId(text(rule, meta,
                                "status"))));
                if (kept != null) {
                    kept.put(rule, m);
                }
            }
            return m;
        }

        private static String text(Rule rule, Map<String, Object> meta, String key) {
            String v = RuleInfo.metadata(meta, key);
            if (v == null || v.isBlank()) {
                throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + " metadata");
            }
            return v;
        }
    }
}
