package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.desconcentra.territory.Check;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.CircuitPart;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryValidator;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.UrbanParish;
import io.github.desconcentra.territory.Violation;
import io.github.desconcentra.territory.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTerritoryTest {
    private final Territory ecuador = ReferenceTerritory.territory();

    /** Circuits per district in SENPLADES' table ({@code circuits_senplades_2012.csv}); 000 = no district. */
    static final String OFFICIAL_COUNTS = "000=7 01D01=20 01D02=19 01D03=7 01D04=7 01D05=3 01D06=6 01D07=2 01D08=3"
            + " 02D01=11 02D02=2 02D03=7 02D04=3 03D01=12 03D02=7 03D03=3 04D01=13 04D02=7 04D03=4 05D01=18 05D02=3"
            + " 05D03=4 05D04=11 05D05=4 05D06=4 06D01=20 06D02=7 06D03=2 06D04=10 06D05=4 07D01=15 07D02=21 07D03=9"
            + " 07D04=6 07D05=8 07D06=7 08D01=21 08D02=4 08D03=8 08D04=11 08D05=4 08D06=2 09D01=6 09D02=5 09D03=7"
            + " 09D04=6 09D05=7 09D06=6 09D07=8 09D08=6 09D09=3 09D10=3 09D11=4 09D12=8 09D13=10 09D14=6 09D15=6"
            + " 09D16=4 09D17=15 09D18=4 09D19=10 09D20=5 09D21=5 09D22=3 09D23=2 09D24=8 10D01=22 10D02=16 10D03=6"
            + " 11D01=22 11D02=9 11D03=5 11D04=7 11D05=3 11D06=9 11D07=5 11D08=6 11D09=6 12D01=19 12D02=6 12D03=12"
            + " 12D04=7 12D05=11 12D06=10 13D01=14 13D02=20 13D03=11 13D04=14 13D05=7 13D06=7 13D07=19 13D08=6"
            + " 13D09=6 13D10=9 13D11=6 13D12=5 14D01=7 14D02=4 14D03=4 14D04=7 14D05=3 14D06=6 15D01=9 15D02=6"
            + " 16D01=12 16D02=2 17D01=4 17D02=10 17D03=19 17D04=8 17D05=13 17D06=11 17D07=6 17D08=10 17D09=11"
            + " 17D10=8 17D11=13 17D12=4 18D01=12 18D02=12 18D03=2 18D04=7 18D05=3 18D06=5 19D01=9 19D02=6 19D03=7"
            + " 19D04=4 20D01=7 21D01=3 21D02=8 21D03=5 21D04=5 22D01=4 22D02=11 22D03=3 23D01=17 23D02=11 24D01=10"
            + " 24D02=8";

    /** Circuits per district code prefix in a territory, as {@link #OFFICIAL_COUNTS} writes them. */
    static Map<String, Integer> countsByCode(Territory t) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Circuit c : t.circuits()) {
            counts.merge(c.code().isNonDelimited() ? "000" : c.code().district().value(), 1, Integer::sum);
        }
        return counts;
    }

    static Map<String, Integer> parse(String counts) {
        Map<String, Integer> m = new TreeMap<>();
        for (String kv : counts.split(" ")) {
            m.put(kv.substring(0, kv.indexOf('=')), Integer.parseInt(kv.substring(kv.indexOf('=') + 1)));
        }
        return m;
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
        assertEquals(parse(OFFICIAL_COUNTS), countsByCode(ecuador));
        Map<String, Integer> perDistrict = new TreeMap<>();
        ecuador.districts().forEach(d -> perDistrict.put(d.code().value(), ecuador.children(d.code()).size()));
        Map<String, Integer> expected = parse(OFFICIAL_COUNTS);
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
    void validatesWithNoErrorAndOnlyTheKnownSeatWarning() {
        List<Violation> violations = TerritoryValidator.validate(ReferenceTerritory.data()).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(Check.UNKNOWN_SEAT, violations.get(0).check());
        assertEquals(List.of(UnitCode.parse("22D03"), UnitCode.parse("220254")), violations.get(0).codes());
    }

    @Test
    void zonesEightAndNineAreTheMetropolitanCantons() {
        assertEquals("[0901, 0907, 0916]", ecuador.zone(io.github.desconcentra.territory.ZoneCode.of("Z8"))
                .sortedMetropolitanCantons().toString());
        assertEquals(List.of(io.github.desconcentra.territory.ZoneCode.of("Z9")),
                ecuador.zonesHolding(ParishCode.of("170150")));
    }

    static Path shared() {
        Path shared = Path.of(System.getProperty("desconcentra.shared.data", "../../shared/data/ecuador"));
        assumeTrue(Files.isDirectory(shared), "the shared inputs are not beside the checkout: " + shared);
        return shared;
    }

    @Test
    void perDistrictCircuitCountsEqualTheOfficialTable() throws IOException {
        Map<String, Set<String>> official = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(shared().resolve("circuits_senplades_2012.csv"));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : csv) {
                official.computeIfAbsent(r.get("district_code").isEmpty() ? "000" : r.get("district_code"),
                        k -> new TreeSet<>()).add(r.get("circuit_code"));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        official.forEach((d, cs) -> counts.put(d, cs.size()));
        assertEquals(counts, countsByCode(ecuador));
        assertEquals(parse(OFFICIAL_COUNTS), counts);
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
