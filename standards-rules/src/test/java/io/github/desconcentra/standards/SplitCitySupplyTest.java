package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Quito is one canton seat (170150) split among 5 districts and about 90 circuits; its schools, health centres and
 * fire stations are located by INEC urban parishes (the circuit table names the urban parish of each of Quito's
 * circuits). Each establishment counts in the circuit its record locates it in, whatever its id; where a record
 * leaves several circuits (El Condado lies in three), the district is compared as a whole.
 */
class SplitCitySupplyTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final EvaluationOptions OPTIONS = EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(
            Sector.EDUCATION, Sector.HEALTH, Sector.FIRE));
    private static final InventorySource QUITO = new InventorySource("quito-test", "Quito establishments", "test",
            "2026", Provenance.Status.SOURCED, List.of(cover(Sector.EDUCATION), cover(Sector.HEALTH),
            cover(Sector.FIRE)), "");

    private static InventorySource.Coverage cover(Sector s) {
        return new InventorySource.Coverage(s, Set.of(), EnumSet.allOf(Measure.class), Set.of(CantonCode.of("1701")),
                true, "every establishment of Quito");
    }

    private static Establishment school(String id, String urbanParish, long seats) {
        return new Establishment(id, Sector.EDUCATION, "ESCUELA", ParishCode.of(urbanParish), null, null, null,
                Condition.GOOD, 1, seats, seats / 30, "", "quito-test", Provenance.Status.SOURCED,
                Provenance.Status.SOURCED, Provenance.Status.SOURCED);
    }

    private static Establishment centre(String id, String urbanParish) {
        return new Establishment(id, Sector.HEALTH, "CS_A", ParishCode.of(urbanParish), null, null, null,
                Condition.GOOD, 1, 0, 20, "", "quito-test", Provenance.Status.SOURCED, Provenance.Status.SOURCED,
                Provenance.Status.SOURCED);
    }

    private static Establishment station(String id, String urbanParish) {
        return new Establishment(id, Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of(urbanParish), null, null, null,
                Condition.GOOD, 1, 15, 15, "", "quito-test", Provenance.Status.SOURCED, Provenance.Status.SOURCED,
                Provenance.Status.SOURCED);
    }

    private static List<Establishment> quito() {
        return List.of(
                school("S001", "170112", 500),   // Iñaquito: 17D05C10
                school("S002", "170114", 700),   // Jipijapa: 17D05C12
                school("S003", "170117", 900),   // La Concepción: 17D05C01
                school("S004", "170104", 300),   // Cochapamba: 17D05C11
                centre("H001", "170112"),
                centre("H002", "170127"),        // Rumipamba: 17D05C06
                centre("H003", "170123"),        // Mariscal Sucre: 17D05C02
                station("F001", "170107"),       // Chilibulo: 17D06
                station("F002", "170108"),       // Chillogallo: 17D07
                station("F003", "170112"),       // Iñaquito: 17D05
                station("F004", "170102"));      // Carcelén: 17D03
    }

    private static Inventory inventory(List<Establishment> list) {
        return new Inventory(list, List.of(), List.of(), List.of(QUITO), List.of());
    }

    private static DeficitLine line(Evaluation e, UnitCode unit, String standard, Measure m) {
        List<DeficitLine> found = e.lines().stream().filter(l -> l.code().equals(unit)
                && l.standard().equals(standard) && l.measure() == m && l.scope() != DeficitLine.Scope.ROLLUP).toList();
        assertEquals(1, found.size(), () -> unit + " " + standard + " " + m + ": " + found);
        return found.get(0);
    }

    /** Usable seats per circuit of district 17D05, over its seat lines. */
    private static Map<String, Long> seatsIn17D05(Evaluation e) {
        Map<String, Long> seats = new TreeMap<>();
        for (DeficitLine l : e.lines()) {
            if (l.standard().equals("EDU-SEATS") && l.measure() == Measure.PLACES && l.code().value()
                    .startsWith("17D05C")) {
                assertEquals(DeficitLine.Scope.STANDARD, l.scope(), l::toString);
                seats.merge(l.code().value(), l.usableSupply(), Long::sum);
            }
        }
        return seats;
    }

    @Test
    void schoolsHealthCentresAndFireStationsCountWhereTheirRecordsLocateThem() {
        Evaluation e = ENGINE.evaluate(ECUADOR, inventory(quito()), OPTIONS);
        Map<String, Long> seats = seatsIn17D05(e);
        assertEquals(500, seats.get("17D05C10"));
        assertEquals(700, seats.get("17D05C12"));
        assertEquals(900, seats.get("17D05C01"));
        assertEquals(300, seats.get("17D05C11"));
        assertEquals(2_400, seats.values().stream().mapToLong(Long::longValue).sum(), "no seat elsewhere in 17D05");
        for (String c : List.of("17D05C10", "17D05C06", "17D05C02")) {
            DeficitLine b = line(e, CircuitCode.of(c), "HEALTH-CS-A", Measure.ESTABLISHMENTS);
            assertEquals(1, b.usableSupply(), c);
            assertEquals(Assessment.ASSESSED, b.assessment());
        }
        assertEquals(0, line(e, CircuitCode.of("17D05C12"), "HEALTH-CS-A", Measure.ESTABLISHMENTS).usableSupply());
        for (String d : List.of("17D03", "17D05", "17D06", "17D07")) {
            DeficitLine f = line(e, DistrictCode.of(d), "FIRE-STATION", Measure.ESTABLISHMENTS);
            assertEquals(1, f.usableSupply(), d);
            assertEquals(List.of("quito-test (2026)"), f.sources());
        }
        assertEquals(0, line(e, DistrictCode.of("17D04"), "FIRE-STATION", Measure.ESTABLISHMENTS).usableSupply());
    }

    @Test
    void whereAnEstablishmentLiesIsNeverDecidedByItsId() {
        List<Establishment> renamed = new ArrayList<>();
        for (Establishment x : quito()) {
            renamed.add(new Establishment("Z" + (char) ('z' - renamed.size()) + x.id().hashCode(), x.sector(),
                    x.typology(), x.parish(), x.circuit(), x.within(), x.location(), x.condition(), x.units(),
                    x.capacity(), x.staff(), x.name(), x.source(), x.typologyStatus(), x.capacityStatus(),
                    x.staffStatus()));
        }
        Evaluation a = ENGINE.evaluate(ECUADOR, inventory(quito()), OPTIONS);
        Evaluation b = ENGINE.evaluate(ECUADOR, inventory(renamed), OPTIONS);
        assertEquals(a.lines(), b.lines());
        for (int i = 0; i < renamed.size(); i++) {
            assertEquals(ENGINE.locate(ECUADOR, quito().get(i)), ENGINE.locate(ECUADOR, renamed.get(i)));
        }
    }

    @Test
    void aDistrictWhoseSchoolsAreNotAllLocatedToOneCircuitIsComparedAsAWhole() {
        List<Establishment> list = new ArrayList<>(quito());
        list.add(school("S005", "170110", 1_000));  // El Condado: 17D03C05, C06 or C07
        list.add(school("S006", "170102", 400));    // Carcelén: 17D03C17
        Evaluation e = ENGINE.evaluate(ECUADOR, inventory(list), OPTIONS);
        Placement condado = ENGINE.locate(ECUADOR, list.get(list.size() - 2));
        assertEquals(List.of(CircuitCode.of("17D03C05"), CircuitCode.of("17D03C06"), CircuitCode.of("17D03C07")),
                condado.circuits());
        assertEquals(DistrictCode.of("17D03"), condado.unit());
        List<DeficitLine> compared = e.lines().stream().filter(l -> l.code().equals(DistrictCode.of("17D03"))
                && l.standard().equals("EDU-SEATS") && l.measure() == Measure.PLACES).toList();
        assertTrue(!compared.isEmpty() && compared.stream().allMatch(l -> l.scope() == DeficitLine.Scope.COMPARISON));
        assertEquals(1_400, compared.stream().mapToLong(DeficitLine::usableSupply).sum(), "both schools, once");
        assertTrue(compared.get(0).comparison().contains("EL CONDADO"), compared.get(0).comparison());
        List<DeficitLine> circuits = e.lines().stream().filter(l -> l.code().value().startsWith("17D03C")
                && l.standard().equals("EDU-SEATS") && l.measure() == Measure.PLACES).toList();
        assertTrue(circuits.stream().allMatch(l -> l.scope() == DeficitLine.Scope.REQUIREMENT
                && l.comparedAt().equals(DistrictCode.of("17D03"))), "requirement-only lines under the comparison");
        assertEquals(compared.stream().mapToLong(DeficitLine::required).sum(), circuits.stream()
                .mapToLong(DeficitLine::required).sum(), "the comparison sums the circuits' requirements");
        assertEquals(Map.of("17D05C10", 500L, "17D05C12", 700L, "17D05C01", 900L, "17D05C11", 300L),
                seatsIn17D05(e).entrySet().stream().filter(x -> x.getValue() > 0).collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "the other districts keep their circuit comparisons");
    }

    @Test
    void aSchoolOfAnUrbanParishSpanningDistrictsMovesTheComparisonToItsZone() {
        Establishment tarqui = new Establishment("G1", Sector.EDUCATION, "ESCUELA", ParishCode.of("090112"), null,
                null, null, Condition.GOOD, 1, 800, 25, "", "", Provenance.Status.SOURCED, Provenance.Status.SOURCED,
                Provenance.Status.SOURCED);
        Evaluation e = ENGINE.evaluate(ECUADOR, new Inventory(List.of(tarqui), List.of()), OPTIONS);
        assertEquals(ZoneCode.of("Z8"), ENGINE.locate(ECUADOR, tarqui).unit());
        DeficitLine z8 = e.lines().stream().filter(l -> l.code().equals(ZoneCode.of("Z8"))
                && l.standard().equals("EDU-SEATS") && l.measure() == Measure.PLACES
                && l.scope() == DeficitLine.Scope.COMPARISON && l.usableSupply() > 0).findFirst().orElseThrow();
        assertEquals(800, z8.usableSupply());
        assertEquals(Assessment.PARTLY_ASSESSED, z8.assessment(), "a source without coverage: a lower bound");
    }

    @Test
    void supplyNoSourceCoversIsUnknownNotZero() {
        Evaluation e = ENGINE.evaluate(ECUADOR, inventory(quito()), EvaluationOptions.DEFAULTS);
        DeficitLine cibv = line(e, CircuitCode.of("17D05C10"), "INCL-CIBV", Measure.PLACES);
        assertEquals(Assessment.NOT_ASSESSED, cibv.assessment());
        assertEquals(List.of(), cibv.sources());
        DeficitLine guayaquil = line(e, DistrictCode.of("09D03"), "FIRE-STATION", Measure.ESTABLISHMENTS);
        assertEquals(Assessment.NOT_ASSESSED, guayaquil.assessment(), "Quito's source covers Quito only");
        Evaluation declared = ENGINE.evaluate(ECUADOR, inventory(quito()).assumingNoneBeyond(EnumSet.of(
                Sector.FIRE)), EvaluationOptions.DEFAULTS);
        DeficitLine nothing = line(declared, DistrictCode.of("09D03"), "FIRE-STATION", Measure.ESTABLISHMENTS);
        assertEquals(Assessment.ASSESSED, nothing.assessment(), "--assume-none fire");
        assertEquals(Provenance.Status.ASSUMED, nothing.status());
        assertEquals(nothing.required(), nothing.deficit());
    }
}
