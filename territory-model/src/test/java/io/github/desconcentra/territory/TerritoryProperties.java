package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TerritoryProperties {
    private static final Gen<TerritoryData> TERRITORIES = TerritoryGenerators.validTerritories();

    @Test
    void generatedTerritoriesHaveNoValidationError() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            ValidationReport report = TerritoryValidator.validate(data);
            assertFalse(report.hasErrors(), () -> report.errors().toString());
        });
    }

    @Test
    void validatorFindsEveryInjectedViolation() {
        List<TerritoryGenerators.Injection> injections = TerritoryGenerators.injections();
        qt().withExamples(300)
                .forAll(TERRITORIES, Generate.pick(injections))
                .checkAssert((data, injection) -> {
                    ValidationReport report = TerritoryValidator.validate(injection.breaker().apply(data));
                    assertTrue(report.errors().stream().anyMatch(v -> v.check() == injection.expected()),
                            () -> injection + " not reported as " + injection.expected() + ": " + report);
                });
    }

    @Test
    void planningRollUpsAgreeWithPopulationsAtEveryLevel() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            Map<UnitCode, Long> leaves = new HashMap<>();
            t.circuits().forEach(c -> leaves.put(c.code(), t.population(c.code())));
            SortedMap<UnitCode, Long> rolled = t.rollUpCounts(leaves);
            for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.NATION)) {
                for (TerritorialUnit u : t.units(level)) {
                    assertEquals(t.population(u.code()), rolled.get(u.code()), () -> "roll-up of " + u.code());
                }
            }
        });
    }

    @Test
    void politicalRollUpsAddUpToTheSameNation() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            Map<UnitCode, Long> leaves = new HashMap<>();
            t.parishes().forEach(p -> leaves.put(p.code(), p.population()));
            SortedMap<UnitCode, Long> rolled = t.rollUpCounts(leaves);
            for (Level level : List.of(Level.CANTON, Level.PROVINCE)) {
                for (TerritorialUnit u : t.units(level)) {
                    assertEquals(t.population(u.code()), rolled.get(u.code()), () -> "roll-up of " + u.code());
                }
            }
            assertEquals(t.population(t.nation().code()), rolled.get(t.nation().code()));
        });
    }

    @Test
    void partsOfEveryParishAddUpToTheParish() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            for (Parish p : t.parishes()) {
                Demographics sum = t.partsOf(p.code()).stream().map(CircuitPart::demographics)
                        .reduce(Demographics.ZERO, Demographics::plus);
                assertEquals(t.demographics(p.code()), sum, () -> "parts of " + p.code());
            }
        });
    }

    @Test
    void everyUrbanParishLiesInSomeCircuitsOfItsSeatAndNarrowsByDistrict() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            for (UrbanParish u : t.urbanParishes()) {
                List<CircuitCode> circuits = t.circuitsHolding(u.code());
                assertFalse(circuits.isEmpty(), () -> "urban parish " + u.code());
                assertEquals(circuits.stream().sorted().toList(), circuits);
                assertTrue(t.circuitsHolding(u.seat()).containsAll(circuits), () -> "urban parish " + u.code());
                List<CircuitCode> union = new ArrayList<>();
                for (District d : t.districts()) {
                    List<CircuitCode> narrowed = t.circuitsHolding(u.code(), d.code());
                    assertEquals(circuits.stream().filter(c -> t.circuit(c).district().equals(d.code())).toList(),
                            narrowed);
                    union.addAll(narrowed);
                }
                assertEquals(circuits, union.stream().sorted().toList());
                assertEquals(t.districtsHolding(u.code()).size(), t.districts().stream()
                        .filter(d -> !t.circuitsHolding(u.code(), d.code()).isEmpty()).count());
            }
        });
    }

    @Test
    void aPartNamedAfterAnUrbanParishLiesInOneOfThatUrbanParishsCircuits() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            for (Circuit c : t.circuits()) {
                for (ParishShare s : c.parishes()) {
                    s.namedUrbanParish().ifPresent(u -> {
                        assertTrue(t.circuitsHolding(u).contains(c.code()), () -> c.code() + " / " + u);
                        assertEquals(s.parish(), t.urbanParish(u).orElseThrow().seat());
                    });
                }
            }
        });
    }

    @Test
    void nonDelimitedCircuitsCountInTheDistrictTheyAreAttachedTo() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            for (Circuit c : t.circuits()) {
                assertTrue(t.children(c.district()).contains(c.code()), () -> c.code() + " in " + c.district());
                if (!c.code().isNonDelimited()) {
                    assertEquals(c.code().district(), c.district());
                }
            }
        });
    }

    @Test
    void projectionKeepsEveryCantonOnItsSeriesAndAddsUp() {
        qt().withExamples(200).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            Territory later = t.projectedTo(TerritoryGenerators.PROJECTION_YEAR);
            assertEquals(TerritoryGenerators.PROJECTION_YEAR, later.year());
            long parishes = later.parishes().stream().mapToLong(Parish::population).sum();
            assertEquals(parishes, later.population(later.nation().code()));
            assertEquals(t.population(t.nation().code()), later.projectedTo(t.censusYear())
                    .population(t.nation().code()));
        });
    }
}
