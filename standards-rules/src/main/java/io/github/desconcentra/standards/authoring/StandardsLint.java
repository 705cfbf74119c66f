package io.github.desconcentra.standards.authoring;

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
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.AgeShares;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a rule set against a real territory and reports what is likely a mistake (warnings, not errors): rules that
 * never fire there, typologies no rule requires, population bands that leave a gap or overlap, and two rules that
 * demand the same typology and measure of the same unit.
 */
public final class StandardsLint {
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
     * Lints an engine's rules on a territory.
     *
     * @throws io.github.desconcentra.standards.RuleException when a rule fails on the territory (see
     *     {@link CompiledStandards#lint} for the same with the rule's file and line)
     */
    public static List<Finding> lint(StandardsEngine engine, Territory territory) {
        return lint(engine, territory, engine.evaluate(territory, Inventory.EMPTY, EvaluationOptions.DEFAULTS));
    }

    /**
     * Lints an engine's rules on a territory, given their evaluation on it with no supply.
     *
     * @throws io.github.desconcentra.standards.RuleException when a rule fails on a made-up unit of the band sweep
     */
    static List<Finding> lint(StandardsEngine engine, Territory territory, Evaluation e) {
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
        Set<String> required = new TreeSet<>();
        engine.rules().forEach(r -> required.add(r.typology()));
        for (String t : engine.catalogue().typologies().keySet()) {
            if (!required.contains(t)) {
                out.add(new Finding("unused typology", "no rule requires typology " + t));
            }
        }
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
        out.addAll(bands(engine, territory.data().ageShares()));
        return out;
    }

    /** Sweeps populations around every threshold of a sector to find gaps and overlaps in its bands. */
    static List<Finding> bands(StandardsEngine engine, AgeShares shares) {
        List<Finding> out = new ArrayList<>();
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
            for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE)) {
                boolean hasRules = engine.rules().stream().anyMatch(r -> r.sector() == sector && r.level() == level);
                if (!hasRules) {
                    continue;
                }
                List<long[]> empty = new ArrayList<>();
                Long firstEmpty = null;
                Long lastEmpty = null;
                boolean anyNonEmpty = false;
                for (long pop : probes) {
                    List<Requirement> reqs = engine.ideal(fact(level, pop, shares), EnumSet.of(sector));
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
        return dedupe(out);
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
            String key = f.kind().equals("band overlap") ? f.message().replaceAll("population [0-9,]+", "") : f.toString();
            seen.putIfAbsent(key, f);
        }
        return List.copyOf(seen.values());
    }

    /** The population whose estimated group equals {@code x} for the largest group share (school age). */
    private static long grossUp(long x, AgeShares shares) {
        java.math.BigDecimal s = shares.share(io.github.desconcentra.territory.AgeGroup.SCHOOL_AGE_5_17);
        return s.signum() == 0 ? x : java.math.BigDecimal.valueOf(x).divide(s, 0, java.math.RoundingMode.CEILING)
                .longValueExact();
    }

    private static UnitFact fact(Level level, long pop, AgeShares shares) {
        UnitCode code = UnitCode.parse(switch (level) {
            case ZONE -> "Z1";
            case DISTRICT -> "01D01";
            default -> "01D01C01";
        });
        Demographics d = shares.estimate(pop);
        return UnitFact.of(code, "probe", d);
    }
}
