package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.IdealUnit;
import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.TerritorialUnit;
import io.github.desconcentra.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code desconcentra ideal}: the ideal circuit, district, zone or nation. For each level, the minimum set of services
 * a unit of that level must have (the standards' {@code minimum_set.csv}), each beside what the population-driven
 * rules require of those typologies, then every requirement of the rules, for a unit of the territory's average
 * size at that level or of a given population (its age groups scaled from the level's census structure).
 */
@Command(name = "ideal", mixinStandardHelpOptions = true,
        description = "Print the ideal circuit, district or zone: the minimum set of services a unit of that level must"
                + " have, beside what the population-driven rules require of a unit of the territory's average"
                + " population at that level (or of --population people), with no current supply: it reads no"
                + " inventory.")
final class IdealCommand implements Callable<Integer> {
    enum LevelArg { circuit, district, zone, nation }

    @Option(names = "--level", paramLabel = "circuit|district|zone|nation",
            description = "Level (default: circuit, district and zone).")
    LevelArg level;

    @Option(names = "--population", paramLabel = "N",
            description = "People of the unit (default: the territory's average at the level); its age groups are the"
                    + " level's census structure scaled to N.")
    Long population;

    @Option(names = "--sectors", split = ",", paramLabel = "SECTOR",
            converter = EvaluateCommand.SectorConverter.class, description = EvaluateCommand.EvaluationArgs.SECTORS)
    List<Sector> sectors;

    @Option(names = "--standards", paramLabel = "DIR", description = EvaluateCommand.EvaluationArgs.STANDARDS)
    Path standards;

    @Option(names = "--tables-only", description = EvaluateCommand.EvaluationArgs.TABLES_ONLY)
    boolean tablesOnly;

    @Mixin
    TerritoryOptions territory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (population != null && population < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--population must not be negative: "
                    + population);
        }
        Territory t = territory.load();
        StandardsEngine engine = standards == null ? StandardsEngine.embedded()
                : io.github.desconcentra.standards.authoring.StandardsCompiler.compile(standards, tablesOnly);
        PrintWriter w = spec.commandLine().getOut();
        EnumSet<Sector> chosen = sectors == null || sectors.isEmpty() ? EnumSet.allOf(Sector.class)
                : EnumSet.copyOf(sectors);
        List<Level> levels = level == null ? List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE)
                : List.of(Level.fromId(level.name()));
        for (Level l : levels) {
            List<TerritorialUnit> units = l == Level.NATION ? List.of(t.nation()) : t.units(l);
            if (units.isEmpty()) {
                w.printf(Locale.ROOT, "Ideal %s: %s has no %s to average%n", l.id(), t.nation().name(), l.id());
                continue;
            }
            Demographics sum = Demographics.ZERO;
            for (TerritorialUnit u : units) {
                sum = sum.plus(t.demographics(u.code()));
            }
            String size;
            Demographics d;
            if (population != null && sum.total() == 0) {
                d = t.data().ageShares().estimate(population);
                size = String.format(Locale.ROOT, "of %,d people; age groups from the territory's age shares, its"
                        + " %ss having no people", population, l.id());
            } else if (population != null) {
                d = sum.scaledTo(population);
                size = String.format(Locale.ROOT, "of %,d people; age groups scaled from the %,d %ss' age"
                        + " structure", population, units.size(), l.id());
            } else {
                d = sum.scaledTo(sum.total() / units.size());
                size = String.format(Locale.ROOT, "the average of %,d: %,d people", units.size(), d.total());
            }
            UnitFact unit = UnitFact.of(units.get(0).code(), "ideal " + l.id(), d);
            IdealUnit ideal = IdealUnit.of(engine, unit, chosen);
            w.printf(Locale.ROOT, "Ideal %s (%s; %,d aged 3-4, %,d aged 5-17, %,d aged 1-2, %,d aged 65 and over)%n",
                    l.id(), size, unit.children3to4(), unit.schoolAge(), unit.children1to2(), unit.adults65Plus());
            if (!ideal.minimumSet().isEmpty()) {
                w.printf(Locale.ROOT, "  Minimum set of every %s (minimum_set.csv)%n", l.id());
                w.printf(Locale.ROOT, "  %-15s %-55s %4s   %s%n", "sector", "service", "min", "the rules at this"
                        + " population");
                for (IdealUnit.Service s : ideal.minimumSet()) {
                    String byRules = s.byRules().isEmpty() ? "none of " + String.join(", ", s.item().typologies())
                            + (s.item().quantity() > 0 ? ": the minimum set asks for more than the rules" : "")
                            : s.byRules().stream().map(r -> r.typology() + " " + String.format(Locale.ROOT, "%,d",
                            r.quantity()) + " " + r.measure().id()).collect(Collectors.joining(", "));
                    w.printf(Locale.ROOT, "  %-15s %-55s %,4d   %s [%s]%n", s.item().sector().id(), s.item().item(),
                            s.item().quantity(), byRules, s.item().provenance().status().id());
                }
            }
            w.printf(Locale.ROOT, "  Requirements of the rules%n");
            for (Requirement r : ideal.requirements()) {
                w.printf(Locale.ROOT, "  %-15s %-30s %-15s %,9d  %s [%s, %s]%n", r.sector().id(), r.typology(),
                        r.measure().id(), r.quantity(), r.rule(), r.standard(), r.provenance().status().id());
            }
        }
        return 0;
    }
}
