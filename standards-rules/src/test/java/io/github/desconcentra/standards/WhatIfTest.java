package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
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

    @Test
    void aParameterTheCatalogueDoesNotHaveIsRefused() {
        Parameter unknown = new Parameter("POL-UPC", "no_such_name", BigDecimal.ONE, "", Provenance.assumed("test"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ENGINE.withParameters(List.of(unknown)));
        assertEquals("parameter POL-UPC/no_such_name is not in the catalogue", e.getMessage());
    }
}
