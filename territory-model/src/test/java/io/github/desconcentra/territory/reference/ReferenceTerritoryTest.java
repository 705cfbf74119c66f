package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.AgeStructure;
import io.github.desconcentra.territory.Check;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.CircuitPart;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryValidator;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.UrbanParish;
import io.github.desconcentra.territory.Violation;
import io.github.desconcentra.territory.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTerritoryTest {
    private final Territory ecuador = ReferenceTerritory.territory();

    /** Circuits per district code prefix in a territory, as {@link OfficialCircuitCounts} keys them. */
    static Map<String, Integer> countsByCode(Territory t) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Circuit c : t.circuits()) {
            counts.merge(c.code().isNonDelimited() ? "000" : c.code().district().value(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void holdsTheNationalFiguresOfTheCensusAndTheDistrictScheme() {
        assertEquals(24, ecuador.units(Level.PROVINCE).size());
        assertEquals(9, ecuador.zones().size());
        assertEquals(140, ecuador.districts().size());
        assertEquals(1_134, ecuador.circuits().size());
        assertEquals(268, ecuador.urbanParishes().size());
        assertEquals(16_938_986, ecuador.population(NationCode.of("EC")));
        assertEquals(List.of(16, 8, 19, 15, 25, 17, 19, 12, 9),
                ecuador.zones().stream().map(z -> ecuador.children(z.code()).size()).toList());
    }

    @Test
    void zonePopulationsMatchTheCuratedInputs() {
        assertEquals(List.of(1_395_621L, 723_592L, 1_617_590L, 2_085_809L, 2_755_118L, 1_221_695L, 1_310_986L,
                        3_148_853L, 2_679_722L),
                ecuador.zones().stream().map(Zone::code).map(ecuador::population).toList());
    }

    @Test
    void everyDistrictHasTheCircuitsOfTheOfficialTable() {
        assertEquals(OfficialCircuitCounts.embedded(), countsByCode(ecuador));
        Map<String, Integer> perDistrict = new TreeMap<>();
        ecuador.districts().forEach(d -> perDistrict.put(d.code().value(), ecuador.children(d.code()).size()));
        Map<String, Integer> expected = OfficialCircuitCounts.embedded();
        expected.remove("000");
        expected.merge("09D16", 1, Integer::sum);
        expected.merge("10D03", 1, Integer::sum);
        expected.merge("13D05", 2, Integer::sum);
        expected.put("23D03", 3);
        assertEquals(expected, perDistrict, "official counts plus the attached 000C circuits");
    }

    @Test
    void theCircuitsOfTheFormerNonDelimitedZonesLieWhereTheirParishesBelongToday() {
        Map<String, String> attached = new TreeMap<>();
        for (Circuit c : ecuador.circuits()) {
            if (c.code().isNonDelimited()) {
                attached.put(c.code().value(), c.district() + ":" + String.join(";", c.parishes().stream()
                        .map(p -> p.parish().value()).toList()));
            }
        }
        assertEquals(Map.of("000C01", "09D16:090950", "000C02", "10D03:100352", "000C03", "13D05:130453",
                "000C04", "13D05:130454", "000C05", "23D03:230250", "000C06", "23D03:230252;230253",
                "000C07", "23D03:230251"), attached);
        assertEquals(List.of("000C05", "000C06", "000C07"), ecuador.children(DistrictCode.of("23D03")).stream()
                .map(UnitCode::value).toList(), "La Concordia is covered once, by its three official circuits");
    }

    @Test
    void aSplitParishIsApportionedByTheTablesOwnPopulations() {
        ParishCode garciaMoreno = ParishCode.of("100352");
        assertEquals(11_566, ecuador.population(garciaMoreno));
        List<CircuitPart> parts = ecuador.partsOf(garciaMoreno);
        assertEquals(List.of(CircuitCode.of("000C02"), CircuitCode.of("10D03C06")), parts.stream()
                .map(CircuitPart::circuit).toList());
        // 2010 rows: Las Golondrinas 5,120 and Garcia Moreno 5,734: 11,566 x 5,120 / 10,854 = 5,455.86; each age
        // group is apportioned on its own, so a part may end one person from the quota of the total
        assertEquals(5_455.86, parts.get(0).population(), 1.0);
        assertEquals(List.of(5_455L, 6_111L), parts.stream().map(CircuitPart::population).toList());
        assertEquals(new BigDecimal("0.471715496591"), parts.get(0).share());
        ParishCode quito = ParishCode.of("170150");
        assertEquals(44, ecuador.partsOf(quito).size());
        assertEquals(1_776_364L, ecuador.partsOf(quito).stream().mapToLong(CircuitPart::population).sum());
    }

    @Test
    void noTwoCircuitsAreClonesOfEachOther() {
        Map<List<ParishShare>, List<CircuitCode>> byContent = new java.util.HashMap<>();
        ecuador.circuits().forEach(c -> byContent.computeIfAbsent(c.parishes().stream()
                .map(p -> new ParishShare(p.parish(), p.share())).toList(), k -> new ArrayList<>()).add(c.code()));
        assertEquals(List.of(), byContent.values().stream().filter(l -> l.size() > 1).toList());
        long splitParts = ecuador.circuits().stream().filter(Circuit::isEstimated).count();
        assertEquals(580, splitParts);
    }

    @Test
    void parishesCreatedSince2012JoinTheCircuitOfTheParishTheyCameFrom() {
        assertEquals(List.of(CircuitCode.of("14D01C06")), ecuador.circuitsHolding(ParishCode.of("141350")));
        assertEquals(List.of(CircuitCode.of("15D01C05")), ecuador.circuitsHolding(ParishCode.of("150158")));
        assertEquals(List.of(CircuitCode.of("12D04C02")), ecuador.circuitsHolding(ParishCode.of("120754")));
        assertEquals(ecuador.circuitsHolding(ParishCode.of("070250")), ecuador.circuitsHolding(
                ParishCode.of("070256")), "La Cuca shares the split of Arenillas");
        assertEquals(List.of(CircuitCode.of("14D01C02"), CircuitCode.of("14D01C07")),
                ecuador.circuitsHolding(ParishCode.of("140190")), "the disputed zone lies in both claimants");
        assertEquals(0, ecuador.population(ParishCode.of("140190")));
    }

    @Test
    void urbanParishesLieInTheCircuitsTheDataNames() {
        assertEquals(Map.of(UrbanParish.Placement.NAMED, 47L, UrbanParish.Placement.SCHOOL_DISTRICTS, 31L,
                UrbanParish.Placement.SEAT, 190L), ecuador.urbanParishes().stream().collect(
                java.util.stream.Collectors.groupingBy(UrbanParish::placement, java.util.stream.Collectors.counting())));
        UrbanParish condado = ecuador.urbanParish(ParishCode.of("170110")).orElseThrow();
        assertEquals("EL CONDADO", condado.name());
        assertEquals(UrbanParish.Placement.NAMED, condado.placement());
        assertEquals(List.of("17D03C05", "17D03C06", "17D03C07"), codes(ecuador.circuitsHolding(condado.code())));
        assertEquals(ParishCode.of("170110"), ecuador.circuit(CircuitCode.of("17D03C06")).parishes().get(0)
                .urbanParish());
        ParishCode tarqui = ParishCode.of("090112");
        assertEquals(15, ecuador.circuitsHolding(tarqui).size());
        assertEquals(List.of(DistrictCode.of("09D05"), DistrictCode.of("09D06"), DistrictCode.of("09D09")),
                ecuador.districtsHolding(tarqui));
        assertEquals(List.of("09D06C01", "09D06C02", "09D06C03", "09D06C04", "09D06C05", "09D06C06"),
                codes(ecuador.circuitsHolding(tarqui, DistrictCode.of("09D06"))));
        assertEquals(20, ecuador.circuitsHolding(ParishCode.of("070101")).size(), "Machala: any of its 20");
        assertEquals(List.of("22D03C02"), codes(ecuador.circuitsHolding(ParishCode.of("220202"))),
                "Tiputini, an urban parish of a seat in one circuit");
        assertEquals("GUAYAQUIL-GUASMO", ecuador.circuit(CircuitCode.of("09D01C01")).parishes().get(0).partName());
    }

    private static List<String> codes(List<CircuitCode> circuits) {
        return circuits.stream().map(CircuitCode::value).toList();
    }

    @Test
    void validatesWithNoErrorAndOnlyTheKnownSeatAndPolygonWarnings() {
        ReferenceTerritory.territory().boundaries().orElseThrow(); // polygons are checked once read
        List<Violation> violations = TerritoryValidator.validate(ReferenceTerritory.data()).violations();
        assertEquals(List.of(Check.UNKNOWN_SEAT, Check.POLYGON_MISSING), violations.stream().map(Violation::check)
                .toList(), violations.toString());
        assertEquals(List.of(UnitCode.parse("22D03"), UnitCode.parse("220254")), violations.get(0).codes());
        assertEquals(List.of(UnitCode.parse("160167")), violations.get(1).codes(), "inside 160162 in the layer");
    }

    @Test
    void targetGroupsComeFromTheCensusAgeStructureOfEveryParish() {
        // INEC CPV 2022 national sums of the parish rows: 5-9 1,412,087 + 10-14 1,607,577 = 3,019,664 aged 5-14;
        // 65-69 516,770 + 70-74 380,529 + 75-79 271,820 + 80-84 178,073 + 85+ 173,398 = 1,520,590 aged 65+.
        Demographics nation = ecuador.demographics(NationCode.of("EC"));
        assertEquals(new Demographics(16_938_986, 777_691, 513_218, 515_634, 3_946_851, 3_019_664, 927_187,
                1_520_590), nation);
        assertEquals(Set.of(AgeBasis.CENSUS_STRUCTURE), ecuador.ageBasis(NationCode.of("EC")));
        assertEquals(1_042, ReferenceTerritory.data().ageStructures().size());
        // Chaucha (010153), by hand in AgeStructureTest: 0-2 72, 1-2 52, 3-4 62, 5-17 481, 5-14 358, 15-17 123.
        assertEquals(new Demographics(1_721, 72, 52, 62, 481, 358, 123, 236),
                ecuador.demographics(ParishCode.of("010153")));
        assertEquals(List.of("060759", "060956", "200152"), ReferenceTerritory.data().ageStructures().stream()
                .filter(AgeStructure::needsNonNegativeAdjustment).map(s -> s.parish().value()).toList(),
                "small irregular parishes where a Sprague year is negative (docs/DATA.md)");
    }

    @Test
    void parishesCreatedAfterTheCensusHaveNoPeopleAndNoStructure() {
        List<String> without = ecuador.parishes().stream().filter(p -> ecuador.ageStructure(p.code()).isEmpty())
                .map(p -> p.code().value()).toList();
        assertEquals(List.of("131251", "140190", "160167", "170257", "210456", "210457"), without);
        without.forEach(p -> assertEquals(Set.of(), ecuador.ageBasis(ParishCode.of(p))));
        AgeStructure sevilla = ecuador.ageStructure(ParishCode.of("141350")).orElseThrow();
        assertEquals(Provenance.Status.ESTIMATED, sevilla.provenance().status(), "census parish 140157 assumed");
        assertEquals(18_647, sevilla.total());
    }

    @Test
    void aProjectionKeepsTheStructureAndSaysAgeingIsNotProjected() {
        Territory in2030 = ecuador.projectedTo(2030);
        AgeStructure quito = in2030.ageStructure(ParishCode.of("170150")).orElseThrow();
        assertEquals(in2030.population(ParishCode.of("170150")), quito.total());
        assertEquals(Set.of(AgeBasis.CENSUS_STRUCTURE), in2030.ageBasis(NationCode.of("EC")));
        assertEquals(quito.targetGroups(), in2030.demographics(ParishCode.of("170150")));
    }

    @Test
    void zonesEightAndNineAreTheMetropolitanCantons() {
        assertEquals("[0901, 0907, 0916]", ecuador.zone(io.github.desconcentra.territory.ZoneCode.of("Z8"))
                .sortedMetropolitanCantons().toString());
        assertEquals(List.of(io.github.desconcentra.territory.ZoneCode.of("Z9")),
                ecuador.zonesHolding(ParishCode.of("170150")));
    }

    static Path shared() {
        return OfficialCircuitCounts.sharedInputs();
    }

    @Test
    void perDistrictCircuitCountsEqualTheOfficialTable() throws IOException {
        Map<String, Integer> counts = OfficialCircuitCounts.fromTable(shared());
        assertEquals(counts, countsByCode(ecuador));
        assertEquals(OfficialCircuitCounts.embedded(), counts);
    }

    @Test
    void isDerivedFromTheSharedInputsByTheProjectsOwnCode(@TempDir Path out) throws IOException {
        Path shared = shared();
        ReferenceDatasetBuilder.ecuador(shared).writeTo(out);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                String resource = ReferenceTerritory.RESOURCE_FOLDER + "/" + f.getFileName();
                try (InputStream committed = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertArrayEquals(Files.readAllBytes(f), committed == null ? null : committed.readAllBytes(),
                            () -> resource + " differs from what the builder derives; regenerate it (docs/DATA.md)");
                }
            }
        }
    }
}
