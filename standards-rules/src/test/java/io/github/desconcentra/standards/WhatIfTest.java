package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final EvaluationOptions POLICE = EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.POLICE));

    private static Parameter peoplePerUnit(String value) {
        Parameter p = ENGINE.catalogue().parameters().stream().filter(x -> x.standard().equals("POL-UPC")
                && x.name().equals("people_per_unit")).findFirst().orElseThrow();
        return new Parameter(p.standard(), p.name(), new BigDecimal(value), p.unit(), p.provenance(), p.range());
    }

    private static long nationalRequired(Evaluation e, String typology) {
        return e.lines().stream().filter(l -> l.level() == Level.NATION && l.typology().equals(typology)
                && l.scope() == DeficitLine.Scope.ROLLUP).mapToLong(DeficitLine::required).sum();
    }

    private static long circuitsBelow(long people) {
        return ECUADOR.circuits().stream().filter(c -> UnitFact.of(c.code(), c.name(), ECUADOR.demographics(c.code()))
                .population() < people).count();
    }

    @Test
    void aParameterChangedReEvaluatesWithTheNewValueAndLeavesTheEngineAsItWas() {
        StandardsEngine high = ENGINE.withParameters(List.of(peoplePerUnit("10000")));
        // A type-B unit for every circuit smaller than a subcircuit of 10,000 people (its high), 8,732 centrally.
        assertEquals(circuitsBelow(10_000), nationalRequired(high.evaluate(ECUADOR, Inventory.EMPTY, POLICE),
                "UPC_B"));
        assertEquals(circuitsBelow(8_732), nationalRequired(ENGINE.evaluate(ECUADOR, Inventory.EMPTY, POLICE),
                "UPC_B"));
        assertEquals(0, new BigDecimal("8732").compareTo(ENGINE.catalogue().parameters().stream().filter(x -> x
                .standard().equals("POL-UPC") && x.name().equals("people_per_unit")).findFirst().orElseThrow()
                .value()));
    }

    private static final Inventory REAL = ReferenceInventory.load(ECUADOR, ENGINE.catalogue());
    private static final EvaluationOptions ALL = EvaluationOptions.DEFAULTS.withThreads(2);

    private static Parameter parameter(String standard, String name, String value) {
        Parameter p = ENGINE.catalogue().parameters().stream().filter(x -> x.standard().equals(standard)
                && x.name().equals(name)).findFirst().orElseThrow();
        return new Parameter(p.standard(), p.name(), new BigDecimal(value), p.unit(), p.provenance(), p.range());
    }

    /** The same evaluation, line for line (naming the first line that differs), redundancies and counts. */
    static void assertSame(Evaluation cold, Evaluation whatIf) {
        List<DeficitLine> a = cold.lines();
        List<DeficitLine> b = whatIf.lines();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), "line " + i);
        }
        assertEquals(a.size(), b.size(), "lines");
        assertEquals(cold, whatIf);
    }

    @Test
    void aWhatIfOnParametersGivesTheColdEvaluationWithThoseParametersLineByLine() {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        assertSame(ENGINE.evaluate(ECUADOR, REAL, ALL), w.evaluation());
        List<Parameter> changed = List.of(peoplePerUnit("10000"));
        Evaluation police = w.withParameters(changed);
        assertSame(ENGINE.withParameters(changed).evaluate(ECUADOR, REAL, ALL), police);
        assertEquals(circuitsBelow(10_000), nationalRequired(police, "UPC_B"));
        // Two sectors at once, one of them twice in a row on the same what-if.
        List<Parameter> both = List.of(peoplePerUnit("7000"), parameter("HEALTH-POST", "below_population", "1000"));
        assertSame(ENGINE.withParameters(both).evaluate(ECUADOR, REAL, ALL), w.withParameters(both));
        // The what-if is left as it was.
        assertSame(ENGINE.evaluate(ECUADOR, REAL, ALL), w.withParameters(List.of()));
        // Rules whose requirements another reads: the seat rules (a share) and the teachers' rule (its ratio).
        List<Parameter> chained = List.of(parameter("EDU-SEATS", "initial_share", "0.8"),
                parameter("EDU-TEACHERS", "students_per_teacher", "30"));
        assertSame(ENGINE.withParameters(chained).evaluate(ECUADOR, REAL, ALL), w.withParameters(chained));
        assertSame(ENGINE.withParameters(chained.subList(1, 2)).evaluate(ECUADOR, REAL, ALL),
                w.withParameters(chained.subList(1, 2)));
    }

    @Test
    void aParameterWhatIfKeepsTheLinesOfTheUnitsWhoseRequirementsItDoesNotMove() {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        // Two UVC per district: every district's UVC requirement moves, no circuit's police requirement does.
        List<Parameter> changed = List.of(parameter("POL-UVC", "units_per_district", "2"));
        Evaluation twice = w.withParameters(changed);
        assertSame(ENGINE.withParameters(changed).evaluate(ECUADOR, REAL, ALL), twice);
        Set<DeficitLine> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(w.evaluation().lines());
        List<DeficitLine> circuits = new ArrayList<>();
        long remade = 0;
        for (int i = 0; i < twice.lines().size(); i++) {
            DeficitLine l = twice.lines().get(i);
            if (l.sector() == Sector.POLICE && l.level() == Level.CIRCUIT) {
                circuits.add(l);
                // The same line object: kept, not compared again.
                assertTrue(kept.contains(l), "line " + i + " made again: " + l);
            }
            if (l.sector() == Sector.POLICE && l.typology().equals("UVC") && !kept.contains(l)) {
                remade++;
            }
        }
        assertTrue(circuits.size() > 1_000, "police circuit lines: " + circuits.size());
        // Each district's UVC line and its roll-ups to the zones and the nation are made again.
        long districts = ECUADOR.districts().size();
        assertTrue(remade >= districts, "UVC lines made again: " + remade + " of " + districts + " districts");
        assertEquals(2 * districts, twice.lines().stream().filter(l -> l.level() == Level.NATION
                && l.typology().equals("UVC") && l.measure() == Measure.ESTABLISHMENTS).mapToLong(DeficitLine::required)
                .sum());
    }

    @Test
    void aChangedAddedOrRemovedRecordGivesTheColdEvaluationOfTheNewInventory() {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        List<Establishment> records = new ArrayList<>(REAL.establishments());
        Establishment first = records.get(0);
        Establishment repaired = new Establishment(first.id(), first.sector(), first.typology(), first.parish(),
                first.circuit(), first.within(), first.location(), Condition.NEEDS_REPAIR, first.units(),
                first.capacity() + 100, first.staff(), first.name(), first.source(), first.typologyStatus(),
                first.capacityStatus() == null ? Provenance.Status.ESTIMATED : first.capacityStatus(),
                first.staffStatus());
        records.set(0, repaired);
        Inventory changed = new Inventory(records, REAL.excluded(), REAL.rejected(), REAL.sources(), REAL.files());
        WhatIf again = w.withInventory(changed);
        assertSame(ENGINE.evaluate(ECUADOR, changed, ALL), again.evaluation());
        // One record gone, a copy of another added elsewhere: then a parameter on top of the new inventory.
        Establishment last = records.remove(records.size() - 1);
        Establishment moved = new Establishment("ZZ-COPY", last.sector(), last.typology(), null,
                ECUADOR.circuits().get(3).code(), null, null, Condition.GOOD, 1, 0, 0, "", last.source(),
                Provenance.Status.SOURCED, null, null);
        records.add(moved);
        Inventory other = new Inventory(records, REAL.excluded(), REAL.rejected(), REAL.sources(), REAL.files());
        WhatIf third = again.withInventory(other);
        assertSame(ENGINE.evaluate(ECUADOR, other, ALL), third.evaluation());
        List<Parameter> changedParameter = List.of(peoplePerUnit("10000"));
        assertSame(ENGINE.withParameters(changedParameter).evaluate(ECUADOR, other, ALL),
                third.withParameters(changedParameter));
        // The first what-if still gives the first inventory's evaluation.
        assertSame(ENGINE.evaluate(ECUADOR, REAL, ALL), w.evaluation());
    }

    private static Inventory withRecords(List<Establishment> records) {
        return new Inventory(records, REAL.excluded(), REAL.rejected(), REAL.sources(), REAL.files());
    }

    private static Establishment placedIn(Establishment e, String id, String typology, CircuitCode circuit,
                                          long capacity) {
        return new Establishment(id, e.sector(), typology, null, circuit, null, null, e.condition(), e.units(),
                capacity, e.staff(), e.name(), e.source(), e.typologyStatus(), e.capacityStatus(), e.staffStatus());
    }

    @Test
    void aRecordMovedToACircuitOfAnotherZoneGivesTheColdEvaluationAtBothPlaces() {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        List<Establishment> records = new ArrayList<>(REAL.establishments());
        int i = records.size() / 2;
        Establishment e = records.get(i);
        CircuitCode from = ENGINE.locate(ECUADOR, e).circuits().get(0);
        UnitCode zone = ECUADOR.ancestors(from).stream().filter(a -> a.level() == Level.ZONE).findFirst()
                .orElseThrow();
        CircuitCode to = ECUADOR.circuits().stream().map(c -> c.code()).filter(c -> !ECUADOR.ancestors(c)
                .contains(zone)).findFirst().orElseThrow();
        records.set(i, placedIn(e, e.id(), e.typology(), to, e.capacity()));
        Inventory moved = withRecords(records);
        WhatIf there = w.withInventory(moved);
        assertSame(ENGINE.evaluate(ECUADOR, moved, ALL), there.evaluation());
        // And back where it was.
        assertSame(ENGINE.evaluate(ECUADOR, REAL, ALL), there.withInventory(REAL).evaluation());
    }

    @Test
    void aRecordOfATypologyThatStandsInForOthersGivesTheColdEvaluation() {
        // Schools (ESCUELA) stand in for the Millennium and 21st-century schools' seats and teachers
        // (education/substitutions.csv): their supply counts in the comparisons of those typologies too.
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        List<Establishment> records = new ArrayList<>(REAL.establishments());
        int i = 0;
        while (!records.get(i).typology().equals("ESCUELA")) {
            i++;
        }
        Establishment e = records.get(i);
        CircuitCode there = ENGINE.locate(ECUADOR, e).circuits().get(0);
        records.set(i, placedIn(e, e.id(), e.typology(), there, e.capacity() + 400));
        Inventory bigger = withRecords(records);
        assertSame(ENGINE.evaluate(ECUADOR, bigger, ALL), w.withInventory(bigger).evaluation());
        // The same record turned into a Millennium school, which stands in for the others in turn.
        records.set(i, placedIn(e, e.id(), "UEM_MAYOR", there, e.capacity()));
        Inventory millennium = withRecords(records);
        assertSame(ENGINE.evaluate(ECUADOR, millennium, ALL), w.withInventory(millennium).evaluation());
    }

    @Test
    void aRecordAddedToASectorWithoutAnySourceGivesTheColdEvaluation() {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        Set<Sector> recorded = EnumSet.noneOf(Sector.class);
        REAL.establishments().forEach(e -> recorded.add(e.sector()));
        Sector empty = java.util.Arrays.stream(Sector.values()).filter(s -> !recorded.contains(s)).findFirst()
                .orElseThrow();
        Typology typology = ENGINE.catalogue().typologies().values().stream().filter(t -> t.sector() == empty)
                .findFirst().orElseThrow();
        List<Establishment> records = new ArrayList<>(REAL.establishments());
        records.add(new Establishment("ZZ-NEW", empty, typology.code(), null, ECUADOR.circuits().get(7).code(),
                null, null, Condition.GOOD, 1, 120, 10, "", "", Provenance.Status.SOURCED, Provenance.Status.SOURCED,
                Provenance.Status.SOURCED));
        Inventory added = withRecords(records);
        Evaluation cold = ENGINE.evaluate(ECUADOR, added, ALL);
        assertSame(cold, w.withInventory(added).evaluation());
        assertTrue(cold.lines().stream().anyMatch(l -> l.sector() == empty && l.usableSupply() > 0));
    }

    @Test
    void whatIfsOnSeveralThreadsAtOnceGiveWhatTheyGiveAlone() throws Exception {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, EvaluationOptions.DEFAULTS);
        List<List<Parameter>> settings = List.of(List.of(peoplePerUnit("7000")), List.of(peoplePerUnit("9000")),
                List.of(peoplePerUnit("10000")), List.of(peoplePerUnit("8000")));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Evaluation>> futures = new ArrayList<>();
            for (List<Parameter> s : settings) {
                futures.add(pool.submit(() -> w.withParameters(s)));
            }
            for (int i = 0; i < settings.size(); i++) {
                assertSame(ENGINE.withParameters(settings.get(i)).evaluate(ECUADOR, REAL, EvaluationOptions.DEFAULTS),
                        futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long circuitsBelow(Territory t, long people) {
        return t.circuits().stream().filter(c -> UnitFact.of(c.code(), c.name(), t.demographics(c.code()))
                .population() < people).count();
    }

    @Test
    void aWhatIfAtEveryProjectedPlanYearGivesTheColdEvaluationOfThatYearLineByLine() {
        WhatIf census = ENGINE.whatIf(ECUADOR, REAL, ALL);
        for (int year = 2027; year <= 2035; year++) {
            Territory projected = ECUADOR.projectedTo(year);
            WhatIf atYear = census.atTerritory(projected);
            Evaluation cold = ENGINE.evaluate(projected, REAL, ALL);
            assertSame(cold, atYear.evaluation());
            assertEquals(cold.comparedLines(), census.comparedLinesAt(projected));
            assertEquals(year, atYear.evaluation().year());
            // POL-UPC: a type-B unit for every circuit of fewer than 8,732 people, counted on the year's people.
            assertEquals(circuitsBelow(projected, 8_732), nationalRequired(atYear.evaluation(), "UPC_B"));
        }
    }

    @Test
    void aYearWhatIfTakesParametersAndInventoryChangesLikeAColdEvaluationOfThatYear() {
        Territory in2030 = ECUADOR.projectedTo(2030);
        WhatIf atYear = ENGINE.whatIf(ECUADOR, REAL, ALL).atTerritory(in2030);
        List<Parameter> changed = List.of(peoplePerUnit("10000"), parameter("HEALTH-POST", "below_population", "1000"));
        assertSame(ENGINE.withParameters(changed).evaluate(in2030, REAL, ALL), atYear.withParameters(changed));
        List<Establishment> records = new ArrayList<>(REAL.establishments());
        records.remove(records.size() / 3);
        Inventory fewer = new Inventory(records, REAL.excluded(), REAL.rejected(), REAL.sources(), REAL.files());
        assertSame(ENGINE.evaluate(in2030, fewer, ALL), atYear.withInventory(fewer).evaluation());
        // And back from the projected year to the census year.
        assertSame(ENGINE.evaluate(ECUADOR, REAL, ALL), atYear.atTerritory(ECUADOR).evaluation());
    }

    @Test
    void aTerritoryOfOtherCensusDataIsRefused() {
        // The same units with other census populations (those of 2030 taken as the census's).
        Territory other = Territory.of(ECUADOR.projectedTo(2030).data());
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, POLICE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.atTerritory(other));
        assertThrows(IllegalArgumentException.class, () -> w.comparedLinesAt(other));
        assertEquals("the territory " + other + " is not " + ECUADOR + " at another year: it was built from other"
                + " census data, so its units, codes or geography may differ; evaluate it with StandardsEngine.whatIf"
                + " or evaluate instead", e.getMessage());
    }

    @Test
    void aColdEvaluationOfAProjectedYearLocatesNoRecordAgain() {
        // The placements hold for the census data at any year (no placement reads a population); other census data
        // gets its own.
        StandardsEngine engine = StandardsEngine.embedded();
        Placements census = engine.placements(ECUADOR);
        org.junit.jupiter.api.Assertions.assertSame(census, engine.placements(ECUADOR.projectedTo(2030)));
        org.junit.jupiter.api.Assertions.assertSame(census, engine.placements(ECUADOR.projectedTo(2035)));
        assertNotSame(census, engine.placements(Territory.of(ECUADOR.projectedTo(2030).data())));
    }

    @Test
    void parametersThatMoveNothingGiveTheKeptEvaluationAndAnUnknownOneIsStillRefused() {
        WhatIf w = ENGINE.whatIf(ECUADOR, REAL, ALL);
        // No parameter, or parameters equal to the catalogue's (8,732 people a unit centrally): the kept evaluation
        // itself, nothing fired again.
        org.junit.jupiter.api.Assertions.assertSame(w.evaluation(), w.withParameters(List.of()));
        Parameter police = peoplePerUnit("8732");
        assertTrue(ENGINE.catalogue().parameters().contains(police));
        Parameter health = parameter("HEALTH-POST", "below_population", ENGINE.catalogue().parameters().stream()
                .filter(x -> x.standard().equals("HEALTH-POST") && x.name().equals("below_population"))
                .findFirst().orElseThrow().value().toPlainString());
        org.junit.jupiter.api.Assertions.assertSame(w.evaluation(), w.withParameters(List.of(police, health)));
        Parameter unknown = new Parameter("POL-UPC", "no_such_name", BigDecimal.ONE, "", Provenance.assumed("test"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> w.withParameters(List.of(unknown)));
        assertEquals("parameter POL-UPC/no_such_name is not in the catalogue", e.getMessage());
    }

    @Test
    void aParameterTheCatalogueDoesNotHaveIsRefused() {
        Parameter unknown = new Parameter("POL-UPC", "no_such_name", BigDecimal.ONE, "", Provenance.assumed("test"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ENGINE.withParameters(List.of(unknown)));
        assertEquals("parameter POL-UPC/no_such_name is not in the catalogue", e.getMessage());
    }

    @Test
    void requirementsComeInTheOrderOfAStableSortByUnitSectorTypologyMeasureRuleAndQuantity() {
        List<Requirement> fired = ENGINE.fire(ECUADOR.projectedTo(2031), EvaluationOptions.DEFAULTS,
                EvaluationOptions.DEFAULTS.sectors());
        // Reversed, then every third moved to the end: units interleaved, ties in a known arrival order.
        List<Requirement> arrived = new ArrayList<>(fired);
        java.util.Collections.reverse(arrived);
        List<Requirement> mixed = new ArrayList<>();
        List<Requirement> thirds = new ArrayList<>();
        for (int i = 0; i < arrived.size(); i++) {
            (i % 3 == 0 ? thirds : mixed).add(arrived.get(i));
        }
        mixed.addAll(thirds);
        List<Requirement> stable = new ArrayList<>(mixed);
        stable.sort(StandardsEngine.REQUIREMENT_ORDER);
        List<Requirement> bucketed = StandardsEngine.inRequirementOrder(mixed);
        assertEquals(stable.size(), bucketed.size());
        for (int i = 0; i < stable.size(); i++) {
            org.junit.jupiter.api.Assertions.assertSame(stable.get(i), bucketed.get(i), "requirement " + i);
        }
    }
}
