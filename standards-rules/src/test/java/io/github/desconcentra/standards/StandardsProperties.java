package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.AgeStructure;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DemographicOverride;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.TerritoryGenerators;
import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StandardsProperties {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final List<Typology> TYPOLOGIES = List.copyOf(ENGINE.catalogue().typologies().values());

    record Case(Territory territory, Inventory inventory, Establishment extra) {
    }

    private static Establishment establishment(org.quicktheories.core.RandomnessSource in, Territory t, String id) {
        List<Parish> parishes = t.parishes();
        Parish p = parishes.get(integers().between(0, parishes.size() - 1).generate(in));
        Typology ty = TYPOLOGIES.get(integers().between(0, TYPOLOGIES.size() - 1).generate(in));
        Condition c = Condition.values()[integers().between(0, 2).generate(in)];
        Coordinates at = integers().between(0, 3).generate(in) == 0 ? null
                : new Coordinates(-1 + integers().between(0, 100).generate(in) / 10_000.0, -78);
        return new Establishment(id, ty.sector(), ty.code(), p.code(), null, at, c,
                integers().between(0, 3_000).generate(in), integers().between(0, 400).generate(in), "");
    }

    static Gen<Case> cases() {
        return in -> {
            Territory t = Territory.of(TerritoryGenerators.validTerritories().generate(in));
            int n = integers().between(0, 40).generate(in);
            List<Establishment> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(establishment(in, t, String.format("E%03d", i)));
            }
            return new Case(t, new Inventory(list, List.of()), establishment(in, t, "Z-EXTRA"));
        };
    }

    @Test
    void deficitsAndSurplusesAreNeverNegativeAndBalanceRequiredAgainstSupply() {
        qt().withExamples(100).forAll(cases()).checkAssert(c -> {
            Evaluation e = ENGINE.evaluate(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS);
            for (DeficitLine l : e.lines(DeficitLine.Scope.STANDARD)) {
                assertTrue(l.deficit() >= 0 && l.surplus() >= 0, l::toString);
                assertEquals(l.required() - l.usableSupply(), l.deficit() - l.surplus(), l::toString);
                assertTrue(l.repairSupply() <= l.usableSupply(), l::toString);
            }
        });
    }

    @Test
    void addingAUsableEstablishmentNeverRaisesADeficit() {
        qt().withExamples(100).forAll(cases()).checkAssert(c -> {
            Map<String, Long> before = comparedDeficits(ENGINE.evaluate(c.territory(), c.inventory(),
                    EvaluationOptions.DEFAULTS));
            List<Establishment> more = new ArrayList<>(c.inventory().establishments());
            more.add(c.extra());
            Map<String, Long> after = comparedDeficits(ENGINE.evaluate(c.territory(), new Inventory(more, List.of()),
                    EvaluationOptions.DEFAULTS));
            before.forEach((k, v) -> assertTrue(after.get(k) <= v, () -> k + ": " + v + " -> " + after.get(k)));
        });
    }

    /**
     * The deficit of each sector and measure over the lines that compare supply with requirements: one more
     * establishment may move a comparison from circuits to their district (it may lie in several), so lines change,
     * but the total never rises.
     */
    private static Map<String, Long> comparedDeficits(Evaluation e) {
        Map<String, Long> m = new HashMap<>();
        e.comparedLines().forEach(l -> m.merge(l.sector() + " " + l.measure(), l.deficit(), Long::sum));
        return m;
    }

    @Test
    void rollUpLinesEqualTheSumOfTheLinesOfTheirChildren() {
        qt().withExamples(100).forAll(cases()).checkAssert(c -> {
            Territory t = c.territory();
            Evaluation e = ENGINE.evaluate(t, c.inventory(), EvaluationOptions.DEFAULTS);
            Map<String, DeficitLine> byKey = new HashMap<>();
            e.lines().forEach(l -> byKey.put(l.code() + "|" + l.typology() + "|" + l.measure() + "|" + l.rule(), l));
            for (DeficitLine r : e.lines(DeficitLine.Scope.ROLLUP)) {
                long required = 0;
                long deficit = 0;
                long usable = 0;
                for (UnitCode child : t.children(r.code())) {
                    DeficitLine l = byKey.get(child + "|" + r.typology() + "|" + r.measure() + "|" + r.rule());
                    if (l != null) {
                        required += l.required();
                        deficit += l.deficit();
                        usable += l.usableSupply();
                    }
                }
                assertEquals(r.required(), required, r::toString);
                assertEquals(r.deficit(), deficit, r::toString);
                assertEquals(r.usableSupply(), usable, r::toString);
            }
        });
    }

    @Test
    void resultsDoNotDependOnPartitioningOrThreads() {
        qt().withExamples(60).forAll(cases()).checkAssert(c -> {
            Evaluation one = ENGINE.evaluate(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS);
            Evaluation three = ENGINE.evaluate(c.territory(), c.inventory(),
                    EvaluationOptions.DEFAULTS.withThreads(3));
            Evaluation whole = ENGINE.evaluate(c.territory(), c.inventory(),
                    EvaluationOptions.DEFAULTS.withPartitionByZone(false));
            assertEquals(one.lines(), three.lines());
            assertEquals(one.lines(), whole.lines());
        });
    }

    @Test
    void placesAndStaffRequiredNeverFallAsAParishGrows() {
        qt().withExamples(100).forAll(TerritoryGenerators.validTerritories(), integers().between(1, 30_000))
                .checkAssert((data, extra) -> {
                    Parish grown = data.parishes().get(0);
                    List<Parish> parishes = new ArrayList<>(data.parishes());
                    parishes.set(0, grown.withPopulation(grown.population() + extra));
                    List<DemographicOverride> overrides = data.overrides().stream()
                            .filter(o -> !o.unit().equals(grown.code())).toList();
                    List<AgeStructure> structures = data.ageStructures().stream()
                            .filter(s -> !s.parish().equals(grown.code())).toList();
                    TerritoryData same = data.withOverrides(overrides).withAgeStructures(structures);
                    TerritoryData bigger = same.withParishes(parishes);
                    Map<String, Long> before = requiredPlacesAndStaff(Territory.of(same));
                    Map<String, Long> after = requiredPlacesAndStaff(Territory.of(bigger));
                    before.forEach((k, v) -> assertTrue(after.getOrDefault(k, 0L) >= v,
                            () -> k + ": " + v + " -> " + after.get(k)));
                });
    }

    private static Map<String, Long> requiredPlacesAndStaff(Territory t) {
        Map<String, Long> m = new HashMap<>();
        for (DeficitLine l : ENGINE.evaluate(t, Inventory.EMPTY, EvaluationOptions.DEFAULTS).lines()) {
            if (l.measure() != Measure.ESTABLISHMENTS) {
                m.merge(l.scope() + " " + l.code() + " " + l.sector() + " " + l.measure(), l.deficit(), Long::sum);
            }
        }
        return m;
    }
}
