package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How sure a run's cost is: every ranged input swung one at a time to its low and its high (a tornado per measure),
 * and the P10-P90 interval of a seeded Monte Carlo over all of them together; or, when the run skipped it, why.
 *
 * @param varied which inputs were varied: {@code costs} (unit-cost figures and the price index), {@code parameters}
 *               (standards' parameters) or {@code all}; never blank
 * @param swings the one-at-a-time swings, null when not computed
 * @param interval the percentiles of every measure over the draws, sorted by measure; empty when no draw was taken
 * @param draws how many draws, 0 for none
 * @param seed the seed of the draws
 * @param distribution how a draw spreads an input over its range, never null
 * @param notComputed why nothing was computed, null when it was
 */
public record Uncertainty(String varied, Sensitivity.Result swings, SortedMap<String, Sensitivity.Percentiles> interval,
                          int draws, long seed, Sensitivity.Distribution distribution, String notComputed) {
    /** The prefix of a unit-cost figure's input id: {@code cost:TYPOLOGY/item}. */
    public static final String COST = "cost:";
    /** The prefix of a standards parameter's input id: {@code parameter:STANDARD/name}. */
    public static final String PARAMETER = "parameter:";

    /** The input id of the default price index's change to the price year ({@code PriceIndex.GROWTH_RANGE}). */
    public static final String PRICE_INDEX_GROWTH = "price-index:growth";

    /** @throws IllegalArgumentException naming the field when the record is inconsistent */
    public Uncertainty {
        Preconditions.requireText(varied, "varied", "uncertainty");
        Preconditions.requireNonNull(distribution, "distribution");
        Preconditions.check((swings == null) == (notComputed != null), "an uncertainty has swings or a reason why not,"
                + " not both: %s", notComputed);
        Preconditions.check(draws >= 0, "draws must not be negative: %d", draws);
        interval = Collections.unmodifiableSortedMap(new TreeMap<>(interval));
        Preconditions.check(draws == 0 || swings != null, "draws without swings: %d", draws);
    }

    /**
     * The swings and, when {@code draws > 0}, the interval of a run.
     *
     * @param varied {@code costs}, {@code parameters} or {@code all}
     * @param swings never null
     * @param interval the percentiles per measure (empty when {@code draws} is 0)
     */
    public static Uncertainty of(String varied, Sensitivity.Result swings,
                                 SortedMap<String, Sensitivity.Percentiles> interval, int draws, long seed,
                                 Sensitivity.Distribution distribution) {
        Preconditions.requireNonNull(swings, "swings");
        return new Uncertainty(varied, swings, interval, draws, seed, distribution, null);
    }

    /** An uncertainty the run did not compute, with the reason (e.g. {@code --no-uncertainty}). */
    public static Uncertainty notComputed(String reason) {
        Preconditions.requireText(reason, "reason", "uncertainty not computed");
        return new Uncertainty("none", null, new TreeMap<>(), 0, 0, Sensitivity.Distribution.TRIANGULAR, reason);
    }

    /** The input id of a unit-cost figure, e.g. {@code cost:CS_A/equipment}. */
    public static String costInput(String typology, String item) {
        return COST + typology + "/" + item;
    }

    /** The input id of a standards parameter, e.g. {@code parameter:POL-UPC/people_per_unit}. */
    public static String parameterInput(String standard, String name) {
        return PARAMETER + standard + "/" + name;
    }

    /** True when the swings were computed. */
    public boolean isComputed() {
        return swings != null;
    }

    /** The interval of a measure, empty when no draw was taken. */
    public Optional<Sensitivity.Percentiles> interval(String measure) {
        return Optional.ofNullable(interval.get(measure));
    }

    /** The inputs that move a measure, widest swing first; empty when not computed. */
    public List<Sensitivity.Swing> tornado(String measure) {
        return swings == null ? List.of() : swings.tornado(measure);
    }

    /** The swing of an input, empty when it was not swung. */
    public Optional<Sensitivity.Swing> swingOf(String input) {
        return swings == null ? Optional.empty() : swings.swings().stream().filter(s -> s.input().id().equals(input))
                .findFirst();
    }

    /** The central value of a measure (0 when absent or not computed). */
    public BigDecimal central(String measure) {
        return swings == null ? BigDecimal.ZERO : swings.central(measure);
    }

    /**
     * {@code capex USD a-b bn (P10-P90), central c}: the headline of an interval, in billions (two decimals) or, below
     * a billion, in millions (one decimal).
     */
    public static String headline(String measure, Sensitivity.Percentiles p, BigDecimal central) {
        boolean billions = central.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0
                || p.p90().compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0;
        int shift = billions ? 9 : 6;
        int scale = billions ? 2 : 1;
        String unit = billions ? "bn" : "M";
        return String.format(Locale.ROOT, "%s USD %s-%s %s (P10-P90), central %s", measure, in(p.p10(), shift, scale),
                in(p.p90(), shift, scale), unit, in(central, shift, scale));
    }

    private static String in(BigDecimal v, int shift, int scale) {
        return v.movePointLeft(shift).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** How many inputs {@link #explanation} names. */
    static final int NAMED = 3;

    /**
     * Why the central value of a measure lies outside its P10-P90 interval, from the swings: the central figure takes
     * every input at its central value, and when the ranges reach further on one side (one-sided ranges above all,
     * whose central value is an end) the draws, which move all inputs at once, pile up on that side. Empty when the
     * central value lies within [P10, P90] or no draw was taken. In English, as report.json gives it; the reports for
     * people write it in their language ({@code explanation(measure, messages)}).
     *
     * @param measure a measure's name, e.g. {@code capex}
     */
    public Optional<String> explanation(String measure) {
        return explanation(measure, Messages.of(ReportOptions.ENGLISH), true);
    }

    /**
     * {@link #explanation(String)} in the language of {@code m}, counts formatted by its numbers.
     *
     * @param plain whether inputs' ranges and central values are written plain ({@code 0-1.5}, as report.json gives
     *              them) rather than in the language's number format ({@code 0–1,5} in Spanish)
     */
    Optional<String> explanation(String measure, Messages m, boolean plain) {
        Optional<Sensitivity.Percentiles> p = interval(measure);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal c = central(measure);
        boolean below = c.compareTo(p.get().p10()) < 0;
        boolean above = c.compareTo(p.get().p90()) > 0;
        if (!below && !above) {
            return Optional.empty();
        }
        List<Sensitivity.Swing> leaning = new ArrayList<>();
        long oneSided = 0;
        int moving = 0;
        for (Sensitivity.Swing s : tornado(measure)) {
            moving++;
            BigDecimal towards = below ? reachUp(s, measure, c) : reachDown(s, measure, c);
            BigDecimal away = below ? reachDown(s, measure, c) : reachUp(s, measure, c);
            if (towards.compareTo(away) > 0) {
                leaning.add(s);
                if (away.signum() == 0) {
                    oneSided++;
                }
            }
        }
        leaning.sort(Comparator.comparing((Sensitivity.Swing s) -> lean(s, measure, c, below)).reversed()
                .thenComparing(s -> s.input().id()));
        String side = below ? "below" : "above";
        ReportNumbers n = m.numbers();
        String name = m.has("uncertainty.explanation.measure." + measure)
                ? m.get("uncertainty.explanation.measure." + measure) : measure;
        StringBuilder b = new StringBuilder(m.get("uncertainty.explanation." + side, name, n.count(leaning.size()),
                n.count(moving)));
        if (oneSided > 0) {
            b.append(m.get("uncertainty.explanation.one_sided." + side, n.count(oneSided)));
        }
        List<String> named = new ArrayList<>();
        for (Sensitivity.Swing s : leaning.subList(0, Math.min(NAMED, leaning.size()))) {
            Sensitivity.Input in = s.input();
            named.add(m.get("uncertainty.explanation.input", in.id(), plain ? in.range().span() : n.range(in.range()),
                    plain ? plain(in.central()) : n.plain(in.central())));
        }
        if (!named.isEmpty()) {
            b.append(m.get("uncertainty.explanation.widest", String.join(", ", named)));
        }
        b.append(m.get("uncertainty.explanation.end." + side));
        return Optional.of(b.toString());
    }

    /** A value without trailing zeros, never in exponent notation: {@code 0.00} is {@code 0}. */
    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal reachUp(Sensitivity.Swing s, String measure, BigDecimal c) {
        return s.low(measure).max(s.high(measure)).subtract(c).max(BigDecimal.ZERO);
    }

    private static BigDecimal reachDown(Sensitivity.Swing s, String measure, BigDecimal c) {
        return c.subtract(s.low(measure).min(s.high(measure))).max(BigDecimal.ZERO);
    }

    private static BigDecimal lean(Sensitivity.Swing s, String measure, BigDecimal c, boolean up) {
        BigDecimal d = reachUp(s, measure, c).subtract(reachDown(s, measure, c));
        return up ? d : d.negate();
    }
}
