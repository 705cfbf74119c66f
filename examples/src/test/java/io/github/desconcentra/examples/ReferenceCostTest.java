package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On the reference data, schools are built only where seats are missing, and as many seats as are missing. */
class ReferenceCostTest {

    @Test
    void noSchoolIsBuiltInACircuitWithoutASeatDeficit() {
        Territory ecuador = ReferenceTerritory.territory();
        StandardsEngine engine = StandardsEngine.embedded();
        Evaluation e = engine.evaluate(ecuador, ReferenceInventory.load(ecuador, engine.catalogue()),
                EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.EDUCATION)).withThreads(2));
        // The compared lines (per circuit, or at the district where a school is located only to several circuits)
        // whose supply is fully known: only these are costed.
        List<DeficitLine> standard = e.lines().stream().filter(l -> (l.scope() == DeficitLine.Scope.STANDARD
                || l.scope() == DeficitLine.Scope.COMPARISON) && l.assessment() == Assessment.ASSESSED).toList();
        CostReport costs = new CostCalculator(UnitCosts.defaults(), CostPolicy.DEFAULTS).cost(ecuador,
                standard.stream().map(l -> new Gap(l.code(), l.sector().id(), l.typology(), l.measure().id(),
                        l.required(), l.deficit(), l.repairSupply(), l.rule(), l.supply(), true)).toList());
        Map<String, DeficitLine> seats = standard.stream().filter(l -> l.measure() == Measure.PLACES)
                .collect(Collectors.toMap(l -> l.code().value() + "/" + l.typology(), Function.identity()));
        List<CostLine> builds = costs.standardLines().stream().filter(l -> l.action().equals("build")).toList();
        assertTrue(builds.size() > 10, "school builds: " + builds.size());
        for (CostLine b : builds) {
            DeficitLine s = seats.get(b.unit().value() + "/" + b.typology());
            assertTrue(s != null && s.deficit() > 0, "a build in " + b.unit() + " without a seat deficit");
            assertEquals(s.deficit(), b.quantity(), "seats built in " + b.unit());
        }
        assertEquals(seats.values().stream().filter(l -> l.deficit() > 0).count(), builds.size());
        // The review found two schools costed in Guaranda's 02D01C01, which has 14,678 seats for 4,070 children.
        DeficitLine guaranda = e.lines().stream().filter(l -> l.code().value().equals("02D01C01")
                && l.measure() == Measure.PLACES && l.scope() != DeficitLine.Scope.ROLLUP).findFirst().orElseThrow();
        assertTrue(guaranda.scope() == DeficitLine.Scope.REQUIREMENT || guaranda.deficit() == 0, guaranda::toString);
        assertTrue(builds.stream().noneMatch(b -> b.unit().value().equals("02D01C01")));
    }
}
