package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** A what-if gives what a cold evaluation of the same inputs gives, line for line, whatever it changes. */
class WhatIfProperties {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final List<Parameter> RANGED = ENGINE.catalogue().parameters().stream()
            .filter(p -> p.range() != null && p.range().low().compareTo(p.range().high()) != 0).toList();

    /** Some ranged parameters (none to five, any sectors), each at a random value of its range. */
    private static Gen<List<Parameter>> settings() {
        return settings(RANGED, 0, 5, (p, in) -> {
            BigDecimal low = p.range().low();
            return low.add(p.range().high().subtract(low).multiply(BigDecimal.valueOf(integers().between(0, 100)
                    .generate(in))).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN));
        });
    }

    /** {@code fewest} to {@code most} draws of {@code pool} (a parameter drawn twice counts once), each at a value. */
    private static Gen<List<Parameter>> settings(List<Parameter> pool, int fewest, int most,
                                                 BiFunction<Parameter, RandomnessSource, BigDecimal> value) {
        return in -> {
            int n = integers().between(fewest, most).generate(in);
            List<Parameter> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Parameter p = pool.get(integers().between(0, pool.size() - 1).generate(in));
                if (out.stream().noneMatch(q -> q.standard().equals(p.standard()) && q.name().equals(p.name()))) {
                    out.add(new Parameter(p.standard(), p.name(), value.apply(p, in), p.unit(), p.provenance(),
                            p.range()));
                }
            }
            return out;
        };
    }

    @Test
    void aWhatIfOnRandomParametersIsTheColdEvaluationWithThem() {
        qt().withExamples(60).forAll(StandardsProperties.cases(), settings()).checkAssert((c, changed) -> {
            WhatIf w = ENGINE.whatIf(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS);
            WhatIfTest.assertSame(ENGINE.withParameters(changed).evaluate(c.territory(), c.inventory(),
                    EvaluationOptions.DEFAULTS), w.withParameters(changed));
        });
    }

    /**
     * Parameters whose what-if fires some rules of a sector and not others: read by several rules
     * ({@code POL-UPC/people_per_unit}, the school shares and sizes), read together by one rule ({@code POL-DENSITY}),
     * read by rules whose requirements another rule reads ({@code EDU-SEATS} and {@code INCL-CIBV} feed the teachers'
     * and educators' rules) or read by that downstream rule alone ({@code EDU-TEACHERS}, {@code INCL-CIBV/
     * children_per_educator}).
     */
    private static final List<Parameter> DEPENDENT = ENGINE.catalogue().parameters().stream().filter(p -> List.of(
            "POL-UPC/people_per_unit", "POL-DENSITY/police", "POL-DENSITY/per_population", "EDU-SEATS/basic_share",
            "EDU-SEATS/initial_share", "EDU-SEATS/mayor_min_students", "EDU-SEATS/menor_min_students",
            "EDU-TEACHERS/students_per_teacher", "INCL-CIBV/target_share", "INCL-CIBV/min_children",
            "INCL-CIBV/children_per_centre", "INCL-CIBV/children_per_educator").contains(p.standard() + "/"
            + p.name())).toList();

    /** One to three of {@link #DEPENDENT}, each at half to one and a half of its value, kept within its range. */
    private static Gen<List<Parameter>> dependentSettings() {
        return settings(DEPENDENT, 1, 3, (p, in) -> {
            BigDecimal value = p.value().multiply(BigDecimal.valueOf(integers().between(50, 150).generate(in)))
                    .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN);
            return p.range() == null ? value : value.max(p.range().low()).min(p.range().high());
        });
    }

    @Test
    void aWhatIfFiringSomeRulesOfASectorAgainIsTheColdEvaluationWithThoseParameters() {
        assertEquals(12, DEPENDENT.size());
        qt().withExamples(60).forAll(StandardsProperties.cases(), dependentSettings()).checkAssert((c, changed) -> {
            WhatIf w = ENGINE.whatIf(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS);
            WhatIfTest.assertSame(ENGINE.withParameters(changed).evaluate(c.territory(), c.inventory(),
                    EvaluationOptions.DEFAULTS), w.withParameters(changed));
        });
    }

    /** The catalogue's own parameters of these settings: each moved back. */
    private static List<Parameter> movedBack(List<Parameter> settings) {
        return settings.stream().map(p -> ENGINE.catalogue().parameters().stream().filter(q -> q.standard().equals(
                p.standard()) && q.name().equals(p.name())).findFirst().orElseThrow()).toList();
    }

    /** These settings and those of {@code more} that name other parameters. */
    private static List<Parameter> with(List<Parameter> settings, List<Parameter> more) {
        List<Parameter> out = new ArrayList<>(settings);
        more.stream().filter(p -> settings.stream().noneMatch(q -> q.standard().equals(p.standard())
                && q.name().equals(p.name()))).forEach(out::add);
        return out;
    }

    /**
     * One what-if asked for several settings in turn (each compares only the units whose requirements differ from
     * the kept ones, so nothing of one may leak into the next): a setting, another, both, the first moved back while
     * the other stays moved, and the first alone moved back (the kept evaluation).
     */
    @Test
    void parametersChangedInSequenceOnOneWhatIfAreEachTheColdEvaluationWithThem() {
        qt().withExamples(40).forAll(StandardsProperties.cases(), dependentSettings(), settings())
                .checkAssert((c, first, second) -> {
                    WhatIf w = ENGINE.whatIf(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS);
                    List<Parameter> both = with(first, second);
                    List<Parameter> firstBack = with(movedBack(first), second);
                    for (List<Parameter> changed : List.of(first, second, both, firstBack, movedBack(first), first)) {
                        WhatIfTest.assertSame(ENGINE.withParameters(changed).evaluate(c.territory(), c.inventory(),
                                EvaluationOptions.DEFAULTS), w.withParameters(changed));
                    }
                    WhatIfTest.assertSame(w.evaluation(), w.withParameters(movedBack(first)));
                });
    }

    @Test
    void aWhatIfOnAnotherYearOfTheTerritoryIsTheColdEvaluationOfThatYear() {
        qt().withExamples(60).forAll(StandardsProperties.cases(), settings()).checkAssert((c, changed) -> {
            Territory census = c.territory();
            Territory projected = census.projectedTo(TerritoryGenerators.PROJECTION_YEAR);
            WhatIf w = ENGINE.whatIf(census, c.inventory(), EvaluationOptions.DEFAULTS);
            WhatIf atYear = w.atTerritory(projected);
            Evaluation cold = ENGINE.evaluate(projected, c.inventory(), EvaluationOptions.DEFAULTS);
            WhatIfTest.assertSame(cold, atYear.evaluation());
            assertEquals(cold.comparedLines(), w.comparedLinesAt(projected));
            WhatIfTest.assertSame(ENGINE.withParameters(changed).evaluate(projected, c.inventory(),
                    EvaluationOptions.DEFAULTS), atYear.withParameters(changed));
            WhatIfTest.assertSame(ENGINE.evaluate(census, c.inventory(), EvaluationOptions.DEFAULTS),
                    ENGINE.whatIf(projected, c.inventory(), EvaluationOptions.DEFAULTS).atTerritory(census)
                            .evaluation());
        });
    }

    /**
     * Records changed in what the redundancy search does not read (their parish, condition among the usable ones,
     * units, capacity and staff), so that the what-if counts their typologies again from those records alone.
     */
    @Test
    void aWhatIfOnRecordsMovedOrResizedIsTheColdEvaluationOfTheNewInventory() {
        qt().withExamples(60).forAll(StandardsProperties.cases(), integers().between(0, 1_000),
                integers().between(1, 2)).checkAssert((c, pick, howMany) -> {
                    List<Establishment> records = new ArrayList<>(c.inventory().establishments());
                    if (records.isEmpty()) {
                        return;
                    }
                    Establishment x = c.extra();
                    for (int k = 0; k < howMany; k++) {
                        int i = (pick + k * 7) % records.size();
                        Establishment e = records.get(i);
                        Condition condition = x.condition().isUsable() == e.condition().isUsable() ? x.condition()
                                : e.condition();
                        Provenance.Status capacityKnown = (pick + k) % 3 == 0 ? null : (pick + k) % 3 == 1
                                ? Provenance.Status.ESTIMATED : Provenance.Status.SOURCED;
                        records.set(i, new Establishment(e.id(), e.sector(), e.typology(), x.parish(), null, null,
                                e.location(), condition, 1 + (pick + k) % 3, capacityKnown == null ? 0 : x.capacity() + k,
                                x.staff(), e.name(),
                                e.source(), e.typologyStatus(), capacityKnown, e.staffStatus()));
                    }
                    Inventory after = new Inventory(records, List.of());
                    WhatIf w = ENGINE.whatIf(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS);
                    WhatIfTest.assertSame(ENGINE.evaluate(c.territory(), after, EvaluationOptions.DEFAULTS),
                            w.withInventory(after).evaluation());
                    // And back: from the changed inventory's what-if to the first one.
                    WhatIfTest.assertSame(w.evaluation(), w.withInventory(after).withInventory(c.inventory())
                            .evaluation());
                });
    }

    @Test
    void aWhatIfOnARecordAddedRemovedOrChangedIsTheColdEvaluationOfTheNewInventory() {
        qt().withExamples(60).forAll(StandardsProperties.cases(), integers().between(0, 2), settings())
                .checkAssert((c, change, changed) -> {
                    List<Establishment> records = new ArrayList<>(c.inventory().establishments());
                    if (change == 0 || records.isEmpty()) {
                        records.add(c.extra());
                    } else {
                        Establishment e = records.remove(records.size() / 2);
                        if (change == 2) {
                            // The same record with another establishment's typology, place and figures.
                            Establishment x = c.extra();
                            records.add(new Establishment(e.id(), x.sector(), x.typology(), x.parish(), x.circuit(),
                                    x.within(), x.location(), x.condition(), x.units(), x.capacity(), x.staff(),
                                    x.name(), x.source(), x.typologyStatus(), x.capacityStatus(), x.staffStatus()));
                        }
                    }
                    Inventory after = new Inventory(records, List.of());
                    WhatIf w = ENGINE.whatIf(c.territory(), c.inventory(), EvaluationOptions.DEFAULTS)
                            .withInventory(after);
                    WhatIfTest.assertSame(ENGINE.evaluate(c.territory(), after, EvaluationOptions.DEFAULTS),
                            w.evaluation());
                    WhatIfTest.assertSame(ENGINE.withParameters(changed).evaluate(c.territory(), after,
                            EvaluationOptions.DEFAULTS), w.withParameters(changed));
                });
    }
}
