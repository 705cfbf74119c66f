package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.TerritorialUnit;
import io.github.desconcentra.territory.Territory;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code desconcentra ideal}: the ideal circuit, district or zone, derived by firing the rules on a unit of the
 * territory's average size at that level.
 */
@Command(name = "ideal", mixinStandardHelpOptions = true,
        description = "Print the ideal circuit, district or zone: what the standards require of a unit of the"
                + " territory's average population at that level, with no current supply.")
final class IdealCommand implements Callable<Integer> {
    enum LevelArg { circuit, district, zone }

    @Option(names = "--level", paramLabel = "circuit|district|zone",
            description = "Level (default: all three).")
    LevelArg level;

    @Mixin
    TerritoryOptions territory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Territory t = territory.load();
        StandardsEngine engine = StandardsEngine.embedded();
        PrintWriter w = spec.commandLine().getOut();
        List<Level> levels = level == null ? List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE)
                : List.of(Level.fromId(level.name()));
        for (Level l : levels) {
            List<TerritorialUnit> units = t.units(l);
            if (units.isEmpty()) {
                w.printf(Locale.ROOT, "Ideal %s: %s has no %s to average%n", l.id(), t.nation().name(), l.id());
                continue;
            }
            Demographics sum = Demographics.ZERO;
            for (TerritorialUnit u : units) {
                sum = sum.plus(t.demographics(u.code()));
            }
            int n = Math.max(1, units.size());
            long school = sum.schoolAge5to17() / n;
            long basic = Math.min(sum.schoolAge5to14() / n, school);
            UnitFact average = new UnitFact(units.get(0).code(), l, "ideal " + l.id(), sum.total() / n,
                    sum.children0to2() / n, sum.children3to4() / n, school, sum.adults65Plus() / n,
                    Math.min(sum.children1to2() / n, sum.children0to2() / n), basic, school - basic);
            w.printf(Locale.ROOT, "Ideal %s (average of %d: %,d people, %,d school age, %,d children 0-2)%n",
                    l.id(), units.size(), average.population(), average.schoolAge(), average.children0to2());
            for (Requirement r : engine.ideal(average, EnumSet.allOf(Sector.class))) {
                w.printf(Locale.ROOT, "  %-15s %-18s %-15s %,9d  %s [%s, %s]%n", r.sector().id(), r.typology(),
                        r.measure().id(), r.quantity(), r.rule(), r.standard(), r.provenance().status().id());
            }
        }
        return 0;
    }
}
