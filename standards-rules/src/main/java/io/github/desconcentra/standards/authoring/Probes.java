package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.RuleException;
import io.github.desconcentra.standards.RuleInfo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ZoneCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A dry run of a rule set on made-up units, so that what would fail when evaluating fails when validating, at the
 * rule's line: for every sector and level (circuit, district, zone and nation), units whose people (and, one group at a time, whose children, school-age
 * pupils or older adults) sit just below, at and just above every parameter of the sector, at 0 and 1, and at
 * {@value #MAX_POPULATION_TEXT} people, far above any country. Bands are crossed, every rule that can fire fires at
 * its edges and at the largest scale: a divisor of 0, a quantity that overflows, a consequence that throws, a
 * typology no catalogue defines or a runaway are found there. The first failure of each sector and level is
 * reported. Package-private.
 */
final class Probes {
    /** The largest population probed: ten billion people. */
    static final long MAX_POPULATION = 10_000_000_000L;
    static final String MAX_POPULATION_TEXT = "10,000,000,000";
    private static final List<String> GROUPS = List.of("children aged 0-2", "children aged 3-4", "school age",
            "aged 65 and over");
    private static final int ZONES_PER_SESSION = 99;
    /** Nation codes are two letters: a session holds at most 26 × 26 distinct ones. */
    private static final int NATIONS_PER_SESSION = 26 * 26;

    private Probes() {
    }

    static void run(CompiledStandards compiled, List<Problem> problems) {
        StandardsEngine engine = compiled.engine();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Sector sector : Sector.values()) {
            List<RuleInfo> rules = engine.rules().stream().filter(r -> r.sector() == sector).toList();
            if (rules.isEmpty()) {
                continue;
            }
            TreeSet<Long> values = values(engine.catalogue().parameters(EnumSet.of(sector)));
            for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.NATION)) {
                List<UnitFact> units = units(level, values);
                int size = level == Level.ZONE ? ZONES_PER_SESSION : level == Level.NATION ? NATIONS_PER_SESSION
                        : units.size();
                for (int from = 0; from < units.size(); from += size) {
                    List<UnitFact> batch = units.subList(from, Math.min(units.size(), from + size));
                    try {
                        engine.requirements(batch, EnumSet.of(sector));
                    } catch (RuleException e) {
                        String on = batch.stream().filter(u -> e.unit().filter(u.code()::equals).isPresent())
                                .map(UnitFact::name).findFirst().orElse("a made-up " + level.id());
                        if (reported.add(e.rule().orElse(""))) {
                            problems.add(compiled.locate(e, on));
                        }
                        break;
                    }
                }
            }
        }
    }

    /** 0, 1, 2, each parameter's whole value and its neighbours, and the largest population. */
    private static TreeSet<Long> values(List<Parameter> parameters) {
        TreeSet<Long> values = new TreeSet<>(List.of(0L, 1L, 2L, MAX_POPULATION));
        for (Parameter p : parameters) {
            if (p.value().compareTo(BigDecimal.valueOf(MAX_POPULATION)) > 0) {
                continue;
            }
            long w = p.whole();
            for (long v = w - 1; v <= w + 1; v++) {
                if (v >= 0) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** For each value: a unit of that many people, and four more with everyone in one age group. */
    private static List<UnitFact> units(Level level, TreeSet<Long> values) {
        List<UnitFact> units = new ArrayList<>();
        for (long v : values) {
            for (int group = -1; group < GROUPS.size(); group++) {
                UnitCode code = code(level, units.size());
                long[] g = new long[4];
                if (group >= 0) {
                    g[group] = v;
                }
                String description = String.format(Locale.ROOT, "a made-up %s of %,d people%s", level.id(), v,
                        group < 0 ? "" : ", all of them " + GROUPS.get(group));
                units.add(new UnitFact(code, level, description, v, g[0], g[1], g[2], g[3]));
            }
        }
        return units;
    }

    private static UnitCode code(Level level, int i) {
        return switch (level) {
            case NATION -> NationCode.of(String.valueOf((char) ('A' + i % NATIONS_PER_SESSION / 26))
                    + (char) ('A' + i % 26));
            case ZONE -> ZoneCode.of("Z" + (1 + i % ZONES_PER_SESSION));
            case DISTRICT -> DistrictCode.of(String.format(Locale.ROOT, "%02dD%02d", 1 + i / 99, 1 + i % 99));
            default -> CircuitCode.of(String.format(Locale.ROOT, "01D%02dC%03d", 1 + i / 999, 1 + i % 999));
        };
    }
}
