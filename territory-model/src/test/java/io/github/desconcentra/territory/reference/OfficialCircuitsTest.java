package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfficialCircuitsTest {
    private static final String HEADER = "circuit_code,district_code,parish_code_2012,part_name,population,"
            + "population_year\n";

    private static Map<ParishCode, Parish> parishes(String... codes) {
        Map<ParishCode, Parish> m = new TreeMap<>();
        for (String c : codes) {
            ParishCode code = ParishCode.of(c);
            m.put(code, new Parish(code, "P" + c, CantonCode.of(c.substring(0, 4)), ParishKind.RURAL, null, 1_000,
                    "test"));
        }
        return m;
    }

    private static OfficialCircuits.Result read(String table, Map<ParishCode, Parish> parishes,
                                                List<Problem> problems) {
        return OfficialCircuits.read(new ByteArrayInputStream((HEADER + table).getBytes(StandardCharsets.UTF_8)),
                parishes, new Crosswalk(List.of()), problems);
    }

    @Test
    void everyRowOfTheOfficialTableIsCarriedToDpa2025() throws IOException {
        Territory ecuador = ReferenceTerritory.territory();
        Map<ParishCode, Parish> parishes = new TreeMap<>();
        ecuador.parishes().forEach(p -> parishes.put(p.code(), p));
        Crosswalk crosswalk = Crosswalk.embedded();
        List<Problem> problems = new ArrayList<>();
        OfficialCircuits.Result result = OfficialCircuits.read(Files.newInputStream(ReferenceTerritoryTest.shared()
                .resolve(OfficialCircuits.FILE)), parishes, crosswalk, problems);
        assertEquals(List.of(), problems);
        Set<String> crosswalked = crosswalk.entries().stream().filter(e -> e.relation() == Crosswalk.Relation.RECODED
                || e.relation() == Crosswalk.Relation.ABSORBED).map(e -> e.circuit() + "/" + e.parish2012())
                .collect(Collectors.toSet());
        long direct = result.rows().stream().filter(r -> !crosswalked.contains(r.circuit() + "/" + r.parish2012()))
                .count();
        assertEquals(1_486, result.rows().size());
        assertEquals(1_477, direct, "rows whose 2012 code is a DPA 2025 parish");
        assertEquals(9, crosswalked.size(), "rows carried by the crosswalk: 000C01-07, 140157, 220254");
        assertEquals(1_134, result.partsByCircuit().size());
        assertEquals(1_048, result.parts().size(), "every parish of the dataset");
    }

    @Test
    void theCrosswalkAttachesEachParishThatHasNoRowOfItsOwn() {
        Map<Crosswalk.Relation, Long> byRelation = Crosswalk.embedded().entries().stream().collect(
                Collectors.groupingBy(Crosswalk.Entry::relation, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(Crosswalk.Relation.RECODED, 7L, Crosswalk.Relation.ABSORBED, 3L,
                Crosswalk.Relation.CREATED, 19L, Crosswalk.Relation.INHERITS_SPLIT, 3L, Crosswalk.Relation.DISPUTED,
                1L), byRelation);
        assertEquals(Map.of("sourced", 2L, "inferred", 31L), Crosswalk.embedded().entries().stream().collect(
                Collectors.groupingBy(Crosswalk.Entry::status, Collectors.counting())));
    }

    @Test
    void aSplitParishIsSharedByItsRowsPopulationsInExactDecimals() {
        List<Problem> problems = new ArrayList<>();
        OfficialCircuits.Result r = read("01D01C01,01D01,010150,CITY_NORTH,1,2001\n"
                + "01D01C02,01D01,010150,CITY_SOUTH,2,2001\n01D01C02,01D01,010151,RURAL,9,2010\n",
                parishes("010150", "010151"), problems);
        assertEquals(List.of(), problems);
        List<OfficialCircuits.Part> city = r.parts().get(ParishCode.of("010150"));
        assertEquals(List.of(new BigDecimal("0.333333333333"), new BigDecimal("0.666666666667")),
                city.stream().map(OfficialCircuits.Part::share).toList());
        assertEquals(List.of("CITY_NORTH", "CITY_SOUTH"), city.stream().map(OfficialCircuits.Part::partName).toList());
        assertEquals(BigDecimal.ONE, r.parts().get(ParishCode.of("010151")).get(0).share());
        Map<ParishCode, Parish> named = parishes("010151");
        named.put(ParishCode.of("010150"), new Parish(ParishCode.of("010150"), "CITY", CantonCode.of("0101"),
                ParishKind.URBAN_SEAT, null, 3_000, "test"));
        assertEquals(Map.of(CircuitCode.of("01D01C01"), "CITY NORTH", CircuitCode.of("01D01C02"),
                "CITY SOUTH, P010151"), OfficialCircuits.names(r, named));
    }

    @Test
    void whatTheTableCannotSplitIsReportedAtItsLine() {
        List<Problem> problems = new ArrayList<>();
        read("01D01C01,01D01,010150,A,0,2001\n01D01C02,01D01,010150,B,7,2001\n"
                + "01D01C03,01D01,010151,C,5,2001\n01D01C04,01D01,010151,D,5,2010\n"
                + "01D01C05,01D01,019999,X,5,2010\n000C01,01D01,010152,Y,5,2010\n", parishes("010150", "010151",
                "010152"), problems);
        assertEquals(List.of(
                "circuits_senplades_2012.csv:7: district_code: a circuit of the former non-delimited zones has no"
                        + " district (value \"01D01\")",
                "circuits_senplades_2012.csv:6: parish_code_2012: not a DPA 2025 parish of parishes.csv, and the"
                        + " crosswalk io/github/desconcentra/territory/reference/dpa_2012_to_2025.csv does not say"
                        + " where it went (circuit 01D01C05) (value \"019999\")",
                "circuits_senplades_2012.csv: parish 010152 (P010152) is in no row of the table and the crosswalk"
                        + " io/github/desconcentra/territory/reference/dpa_2012_to_2025.csv does not attach it to a"
                        + " circuit",
                "circuits_senplades_2012.csv:2: population: parish 010150 is split among 2 circuits but this part"
                        + " has no population: the table cannot split it (value \"0\")",
                "circuits_senplades_2012.csv: the parts of parish 010151 have populations of different census"
                        + " years [2001, 2010]: their shares would not compare like with like"),
                problems.stream().map(Problem::toString).toList());
    }
}
