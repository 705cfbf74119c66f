package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.RuleInfo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.AgeShares;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a rule set against a real territory and reports what is likely a mistake (warnings, not errors): rules that
 * never fire there; <b>dead supply</b> (a typology that no requirement at its level or above counts, so its
 * establishments would reduce no deficit) and supply counted below its level (never seen there); population bands
 * that leave a gap or overlap; two rules that demand the same typology and measure of the same unit; <b>stacked
 * requirements</b> (two rules demanding, for the same people, establishments that serve the same need, neither
 * counting the other's); and, given unit costs, <b>cliffs</b>: a band edge where the cost of what a unit requires
 * jumps by more than {@link #CLIFF_FACTOR} times for one more person.
 */
public final class StandardsLint {
    /** A band edge whose cost grows by more than this factor for one more person is a cliff. */
    public static final BigDecimal CLIFF_FACTOR = BigDecimal.valueOf(2);

    private StandardsLint() {
    }

    /** One finding. */
    public record Finding(String kind, String message) {
        @Override
        public String toString() {
            return kind + ": " + message;
        }
    }

    /**
     * What one unit of a requirement costs to build, for the cliff check: the capital cost of one establishment, place
     * or staff member of a typology, when the typology is costed on that measure. The rule engine knows no money: the
     * caller passes the unit costs in (the command line passes {@code unit_costs.csv}).
     */
    @FunctionalInterface
    public interface Prices {
        /** No prices: the cliff check is skipped. */
        Prices NONE = (typology, measure) -> Optional.empty();

        /** The capital cost of one unit of this typology on this measure, if it is costed on it. */
        Optional<BigDecimal> of(String typology, Measure measure);
    }

    /**
     * Lints an engine's rules on a territory, without the cliff check.
     *
     * @throws io.github.desconcentra.standards.RuleException when a rule fails on the territory (see
     *     {@link CompiledStandards#lint} for the same with the rule's file and line)
     */
    public static List<Finding> lint(StandardsEngine engine, Territory territory) {
        return lint(engine, territory, Prices.NONE);
    }

    /**
     * Lints an engine's rules on a territory, with the cliff check at the given prices.
     *
     * @param prices never null; {@link Prices#NONE} skips the cliff check
     * @throws io.github.desconcentra.standards.RuleException when a rule fails on the territory
     */
    public static List<Finding> lint(StandardsEngine engine, Territory territory, Prices prices) {
        return lint(engine, territory, engine.evaluate(territory, Inventory.EMPTY, EvaluationOptions.DEFAULTS),
                prices);
    }

    /**
     * Lints an engine's rules on a territory, given their evaluation on it with no supply.
     *
     * @throws io.github.desconcentra.standards.RuleException when a rule fails on a made-up unit of the band sweep
     */
    static List<Finding> lint(StandardsEngine engine, Territory territory, Evaluation e, Prices prices) {
        Preconditions.requireNonNull(prices, "prices");
        List<Finding> out = new ArrayList<>();
        if (territory.zones().isEmpty()) {
            out.add(new Finding("empty territory", territory.nation().name() + " has no zone, district or circuit:"
                    + " no rule can fire on it"));
        }
        Set<String> fired = new HashSet<>();
        e.lines(DeficitLine.Scope.STANDARD).forEach(l -> fired.add(l.rule()));
        for (RuleInfo r : engine.rules()) {
            if (!fired.contains(r.name())) {
                out.add(new Finding("never fires", "rule \"" + r.name() + "\" (" + r.standard() + ") requires"
                        + " nothing of any " + r.level().id() + " of " + territory.nation().name()));
            }
        }
        Sweep sweep = sweep(engine, territory.data().ageShares(), prices);
        List<Counted> counted = new ArrayList<>(sweep.counted);
        e.lines(DeficitLine.Scope.STANDARD).forEach(l -> counted.add(new Counted(l.rule(), l.level(), l.supply())));
        out.addAll(supply(engine.catalogue(), counted));
        Map<String, Set<String>> twice = new TreeMap<>();
        Map<String, List<DeficitLine>> byUnit = new TreeMap<>();
        for (DeficitLine l : e.lines(DeficitLine.Scope.STANDARD)) {
            byUnit.computeIfAbsent(l.code().value() + "|" + l.typology() + "|" + l.measure(), k -> new ArrayList<>())
                    .add(l);
        }
        byUnit.forEach((k, ls) -> {
            Set<String> rules = new TreeSet<>();
            ls.forEach(l -> rules.add(l.rule()));
            if (rules.size() > 1) {
                DeficitLine l = ls.get(0);
                twice.computeIfAbsent(l.level().id() + " " + l.typology() + " " + l.measure().id(),
                        x -> new TreeSet<>()).addAll(rules);
            }
        });
        twice.forEach((k, rules) -> out.add(new Finding("same typology twice", "rules " + String.join(" and ",
                rules.stream().map(r -> "\"" + r + "\"").toList()) + " both demand " + k + " of the same unit")));
        out.addAll(sweep.findings);
        out.addAll(stacked(engine.catalogue(), sweep.rules));
        return dedupe(out);
    }

    /** A requirement's rule, level and counted supply. */
    private record Counted(String rule, Level level, Set<String> supply) {
    }

    /**
     * Dead supply: a typology no requirement at its level or above counts. Supply below its level: a requirement
     * counting a typology planned at a coarser level, where no establishment of it is ever placed.
     */
    private static List<Finding> supply(Catalogue catalogue, List<Counted> counted) {
        List<Finding> out = new ArrayList<>();
        Set<String> live = new HashSet<>();
        Map<String, Set<String>> below = new TreeMap<>();
        for (Counted c : counted) {
            for (String t : c.supply()) {
                Optional<Typology> ty = catalogue.typology(t);
                if (ty.isEmpty()) {
                    continue;
                }
                if (c.level().depth() <= ty.get().level().depth()) {
                    live.add(t);
                } else {
                    below.computeIfAbsent(t + " (" + ty.get().level().id() + ")", k -> new TreeSet<>()).add("\""
                            + c.rule() + "\" (" + c.level().id() + ")");
                }
            }
        }
        for (Typology t : catalogue.typologies().values()) {
            if (!live.contains(t.code())) {
                out.add(new Finding("dead supply", "typology " + t.code() + " (" + t.sector().id() + ", "
                        + t.level().id() + ") counts toward no requirement at its level or above: its"
                        + " establishments would reduce no deficit (count it in a rule, or make it stand in for a"
                        + " typology in substitutions.csv)"));
            }
        }
        below.forEach((t, rules) -> out.add(new Finding("supply below its level", "typology " + t + " is counted by "
                + String.join(", ", rules) + ", a finer level where none of its establishments is ever placed")));
        return out;
    }

    /** What the band sweep found: findings, every requirement's counted supply, and how each rule behaved. */
    private record Sweep(List<Finding> findings, List<Counted> counted, Map<String, RuleSeen> rules) {
    }

    /** How a rule behaved on the made-up units: its sector, level, typology, measure, supply and quantities. */
    private static final class RuleSeen {
        final Sector sector;
        final Level level;
        final String typology;
        final Measure measure;
        final Set<String> supply = new TreeSet<>();
        final Set<Long> quantities = new HashSet<>();
        final Set<Long> populations = new HashSet<>();

        RuleSeen(Requirement r) {
            sector = r.sector();
            level = r.level();
            typology = r.typology();
            measure = r.measure();
        }

        /** True when the quantity changes with the people: the rule is driven by population, not fixed. */
        boolean driven() {
            return quantities.size() > 1;
        }
    }

    /**
     * Sweeps populations around every threshold of a sector to find gaps and overlaps in its bands, cliffs in its cost
     * (with prices) and how each rule behaves.
     */
    static List<Finding> bands(StandardsEngine engine, AgeShares shares) {
        return sweep(engine, shares, Prices.NONE).findings;
    }

    private static Sweep sweep(StandardsEngine engine, AgeShares shares, Prices prices) {
        List<Finding> out = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        Map<String, RuleSeen> rules = new TreeMap<>();
        for (Sector sector : Sector.values()) {
            TreeSet<Long> probes = new TreeSet<>(List.of(0L, 1L, 10_000_000L));
            for (Parameter p : engine.catalogue().parameters(EnumSet.of(sector))) {
                long v = p.whole();
                for (long x : new long[] {v - 1, v, v + 1}) {
                    if (x >= 0) {
                        probes.add(x);
                        probes.add(grossUp(x, shares));
                        probes.add(grossUp(x, shares) + 1);
                    }
                }
            }
            for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.NATION)) {
                boolean hasRules = engine.rules().stream().anyMatch(r -> r.sector() == sector && r.level() == level);
                if (!hasRules) {
                    continue;
                }
                List<long[]> empty = new ArrayList<>();
                Long firstEmpty = null;
                Long lastEmpty = null;
                boolean anyNonEmpty = false;
                Long previous = null;
                BigDecimal previousCost = null;
                for (long pop : probes) {
                    List<Requirement> reqs = engine.ideal(fact(level, pop, shares), EnumSet.of(sector));
                    for (Requirement r : reqs) {
                        counted.add(new Counted(r.rule(), r.level(), r.supply()));
                        RuleSeen seen = rules.computeIfAbsent(r.rule(), k -> new RuleSeen(r));
                        seen.supply.addAll(r.supply());
                        seen.quantities.add(r.quantity());
                        seen.populations.add(pop);
                    }
                    if (reqs.isEmpty() && pop > 0) {
                        firstEmpty = firstEmpty == null ? pop : firstEmpty;
                        lastEmpty = pop;
                    } else {
                        anyNonEmpty |= !reqs.isEmpty();
                        if (firstEmpty != null) {
                            empty.add(new long[] {firstEmpty, lastEmpty});
                            firstEmpty = null;
                        }
                    }
                    overlap(reqs, sector, level, pop, out);
                    BigDecimal cost = cost(reqs, prices);
                    if (previous != null && previous == pop - 1 && cost != null && previousCost != null
                            && previousCost.signum() > 0
                            && cost.compareTo(previousCost.multiply(CLIFF_FACTOR)) > 0) {
                        out.add(new Finding("cliff", String.format(Locale.ROOT, "%s at %s level: what the rules"
                                + " require costs USD %,.0f at population %,d and USD %,.0f at %,d, %s times as"
                                + " much for one more person", sector.id(), level.id(), previousCost, previous, cost,
                                pop, cost.divide(previousCost, 1, RoundingMode.HALF_EVEN).toPlainString())));
                    }
                    previous = pop;
                    previousCost = cost;
                }
                if (firstEmpty != null) {
                    empty.add(new long[] {firstEmpty, lastEmpty});
                }
                if (anyNonEmpty) {
                    for (long[] r : empty) {
                        out.add(new Finding("band gap", String.format(Locale.ROOT, "%s at %s level: no rule requires"
                                + " anything for populations %,d to %,d", sector.id(), level.id(), r[0], r[1])));
                    }
                }
            }
        }
        return new Sweep(out, counted, rules);
    }

    /** The capital cost of building what the requirements ask for, at the prices; null when nothing is priced. */
    private static BigDecimal cost(List<Requirement> reqs, Prices prices) {
        BigDecimal sum = null;
        for (Requirement r : reqs) {
            Optional<BigDecimal> price = prices.of(r.typology(), r.measure());
            if (price.isPresent()) {
                BigDecimal c = price.get().multiply(BigDecimal.valueOf(r.quantity()));
                sum = sum == null ? c : sum.add(c);
            }
        }
        return sum;
    }

    /**
     * Stacked requirements: two rules of a sector that grow with the people, demanding on the same measure of the same
     * people (a unit and itself or a unit above it) typologies that serve the same need — of the same kind of
     * capacity, counted together by some requirement or linked by a substitution — when neither counts the other's
     * typology: the same people would get both.
     */
    private static List<Finding> stacked(Catalogue catalogue, Map<String, RuleSeen> rules) {
        Map<Sector, List<Set<String>>> together = new HashMap<>();
        rules.values().forEach(r -> together.computeIfAbsent(r.sector, s -> new ArrayList<>()).add(r.supply));
        List<Finding> out = new ArrayList<>();
        List<Map.Entry<String, RuleSeen>> list = new ArrayList<>(rules.entrySet());
        for (Map.Entry<String, RuleSeen> a : list) {
            for (Map.Entry<String, RuleSeen> b : list) {
                RuleSeen fine = a.getValue();
                RuleSeen coarse = b.getValue();
                if (a.getKey().compareTo(b.getKey()) == 0 || fine.sector != coarse.sector
                        || fine.measure != coarse.measure || !fine.driven() || !coarse.driven()
                        || fine.typology.equals(coarse.typology) || fine.level.depth() < coarse.level.depth()) {
                    continue;
                }
                if (fine.level == coarse.level && (a.getKey().compareTo(b.getKey()) > 0
                        || fine.populations.stream().noneMatch(coarse.populations::contains))) {
                    continue;
                }
                if (fine.supply.contains(coarse.typology) || coarse.supply.contains(fine.typology)
                        || !sameNeed(catalogue, fine.typology, coarse.typology, together.get(fine.sector))) {
                    continue;
                }
                out.add(new Finding("stacked", String.format(Locale.ROOT, "%s: \"%s\" requires %s %s of a %s and"
                        + " \"%s\" %s %s of %s for the same people, neither counting the other's: they serve the"
                        + " same need (make one stand in for the other in substitutions.csv, or let one rule cover"
                        + " the people the other does not)", fine.sector.id(), a.getKey(), fine.typology,
                        fine.measure.id(), fine.level.id(), b.getKey(), coarse.typology, coarse.measure.id(),
                        fine.level == coarse.level ? "the same unit" : "its " + coarse.level.id())));
            }
        }
        return out;
    }

    private static boolean sameNeed(Catalogue catalogue, String x, String y, List<Set<String>> supplies) {
        Typology tx = catalogue.typology(x).orElse(null);
        Typology ty = catalogue.typology(y).orElse(null);
        if (tx == null || ty == null || tx.capacityUnit() != ty.capacityUnit()) {
            return false;
        }
        for (Measure m : Measure.values()) {
            if (catalogue.standIns(x, m).contains(y) || catalogue.standIns(y, m).contains(x)) {
                return true;
            }
        }
        return supplies.stream().anyMatch(s -> s.contains(x) && s.contains(y));
    }

    private static void overlap(List<Requirement> reqs, Sector sector, Level level, long pop, List<Finding> out) {
        List<Requirement> est = reqs.stream().filter(r -> r.measure() == Measure.ESTABLISHMENTS).toList();
        for (int i = 0; i < est.size(); i++) {
            for (int j = i + 1; j < est.size(); j++) {
                Requirement a = est.get(i);
                Requirement b = est.get(j);
                if (!a.standard().equals(b.standard()) && !a.typology().equals(b.typology())
                        && a.supply().stream().anyMatch(b.supply()::contains)) {
                    out.add(new Finding("band overlap", String.format(Locale.ROOT, "%s at %s level: at population"
                            + " %,d both %s (%s) and %s (%s) are required", sector.id(), level.id(), pop, a.typology(),
                            a.standard(), b.typology(), b.standard())));
                }
            }
        }
    }

    private static List<Finding> dedupe(List<Finding> findings) {
        Map<String, Finding> seen = new TreeMap<>();
        for (Finding f : findings) {
            String key = f.kind().equals("band overlap") || f.kind().equals("cliff")
                    ? f.kind() + f.message().replaceAll("(population|USD) [0-9,]+|at [0-9,]+|[0-9.]+ times", "")
                    : f.toString();
            seen.putIfAbsent(key, f);
        }
        return List.copyOf(seen.values());
    }

    /** The population whose estimated group equals {@code x} for the largest group share (school age). */
    private static long grossUp(long x, AgeShares shares) {
        BigDecimal s = shares.share(io.github.desconcentra.territory.AgeGroup.SCHOOL_AGE_5_17);
        return s.signum() == 0 ? x : BigDecimal.valueOf(x).divide(s, 0, RoundingMode.CEILING).longValueExact();
    }

    private static UnitFact fact(Level level, long pop, AgeShares shares) {
        UnitCode code = UnitCode.parse(switch (level) {
            case NATION -> "EC";
            case ZONE -> "Z1";
            case DISTRICT -> "01D01";
            default -> "01D01C01";
        });
        Demographics d = shares.estimate(pop);
        return UnitFact.of(code, "probe", d);
    }
}
