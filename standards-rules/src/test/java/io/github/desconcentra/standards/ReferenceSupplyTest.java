package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On the reference data, no usable establishment is left out of every requirement line. */
class ReferenceSupplyTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();

    @Test
    void everyUsableEstablishmentOfTheRealReferenceInventoryCountsTowardARequirementLine() {
        assertEveryUsableEstablishmentCounts(ReferenceInventory.load(ECUADOR, ENGINE.catalogue()), 10_000);
    }

    @Test
    void everyUsableEstablishmentOfTheDemoSampleCountsTowardARequirementLine() {
        assertEveryUsableEstablishmentCounts(ReferenceInventory.sample(ECUADOR, ENGINE.catalogue()), 1_000);
    }

    /**
     * Every usable establishment's typology is among the supply typologies of a compared line (standard or comparison)
     * of the unit it is located to or of one above it.
     */
    private static void assertEveryUsableEstablishmentCounts(Inventory inventory, long atLeast) {
        Evaluation e = ENGINE.evaluate(ECUADOR, inventory, EvaluationOptions.DEFAULTS.withThreads(2));
        Map<UnitCode, Set<String>> counted = new HashMap<>();
        e.lines().stream().filter(l -> l.scope() == DeficitLine.Scope.STANDARD
                || l.scope() == DeficitLine.Scope.COMPARISON).forEach(l -> counted.computeIfAbsent(l.code(),
                        k -> new HashSet<>()).addAll(l.supply()));
        List<String> uncounted = new ArrayList<>();
        long usable = 0;
        for (Establishment x : inventory.establishments()) {
            if (!x.condition().isUsable()) {
                continue;
            }
            usable++;
            UnitCode at = ENGINE.locate(ECUADOR, x).unit();
            boolean found = false;
            for (UnitCode u = at; u != null && !found; u = ECUADOR.parent(u).orElse(null)) {
                found = counted.getOrDefault(u, Set.of()).contains(x.typology());
            }
            if (!found) {
                uncounted.add(x.id() + " " + x.typology() + " at " + at.value());
            }
        }
        assertTrue(usable > atLeast, "usable establishments: " + usable);
        assertEquals(List.of(), uncounted);
    }

    @Test
    void theCommunityHomeVisitsAndTheHospitalsStaffNowCount() {
        // Only the demo sample records home-visit places and hospital staff (the real registries carry neither).
        Inventory inventory = ReferenceInventory.sample(ECUADOR, ENGINE.catalogue());
        Evaluation e = ENGINE.evaluate(ECUADOR, inventory, EvaluationOptions.DEFAULTS.withThreads(2));
        Set<UnitCode> belowMinimum = new HashSet<>();
        e.lines(DeficitLine.Scope.STANDARD).stream().filter(l -> l.rule().startsWith("A circuit below the CIBV"
                + " minimum")).forEach(l -> belowMinimum.add(l.code()));
        long cnhPlaces = inventory.establishments().stream().filter(x -> x.typology().equals("CNH")
                && x.condition().isUsable()).mapToLong(Establishment::capacity).sum();
        long smallCibvPlaces = inventory.establishments().stream().filter(x -> x.typology().equals("CIBV")
                && x.condition().isUsable() && belowMinimum.contains(ENGINE.locate(ECUADOR, x).unit()))
                .mapToLong(Establishment::capacity).sum();
        // What the compared lines (standard and comparison) hold of the home-visit supply: their usable supply plus
        // what is left over as surplus. Where lines are compared together at a coarser unit the supply is shared out
        // once (usable up to the requirement, the rest surplus); at a circuit each line sees all of its supply.
        long held = e.lines().stream().filter(l -> (l.scope() == DeficitLine.Scope.STANDARD
                || l.scope() == DeficitLine.Scope.COMPARISON) && l.typology().equals("CNH")
                && l.measure() == Measure.PLACES).mapToLong(l -> l.usableSupply() + l.surplus()).sum();
        assertTrue(smallCibvPlaces > 0);
        assertTrue(held >= cnhPlaces + smallCibvPlaces, "every usable CNH place counts toward the home-visit lines,"
                + " and so do the CIBV places of circuits below the CIBV minimum: " + held + " < " + cnhPlaces + " + "
                + smallCibvPlaces);
        long hospitalStaff = inventory.establishments().stream().filter(x -> x.typology().equals("HOSPITAL_GENERAL")
                && x.condition().isUsable()).mapToLong(Establishment::staff).sum();
        long staffCounted = e.lines(DeficitLine.Scope.ROLLUP).stream().filter(l -> l.level().depth() == 0
                && l.typology().equals("EQUIPO_SALUD")).mapToLong(DeficitLine::usableSupply).sum();
        long allHealthStaff = inventory.establishments().stream().filter(x -> x.sector() == Sector.HEALTH
                && x.condition().isUsable()).mapToLong(Establishment::staff).sum();
        assertTrue(hospitalStaff > 0);
        assertEquals(allHealthStaff, staffCounted, "hospital staff reach the district workforce line");
    }
}
