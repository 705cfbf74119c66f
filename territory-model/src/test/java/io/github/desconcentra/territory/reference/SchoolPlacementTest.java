package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * How far the national school registry ({@code schools_national.csv}, one row per site) resolves to circuits of the
 * reference territory by its parish or urban parish code and the district it reports, never picking one circuit
 * among several.
 */
class SchoolPlacementTest {
    private final Territory ecuador = ReferenceTerritory.territory();

    private String placement(CSVRecord school) {
        ParishCode code;
        try {
            code = ParishCode.of(school.get("parish_code"));
        } catch (IllegalArgumentException e) {
            return "unresolved: no parish code";
        }
        if (!ecuador.contains(code) && ecuador.urbanParish(code).isEmpty()) {
            return code.value().startsWith("90") ? "unresolved: Juval, outside every district"
                    : "unresolved: neither a DPA 2025 parish nor an urban parish";
        }
        List<CircuitCode> circuits = ecuador.circuitsHolding(code);
        DistrictCode reported = DistrictCode.of(school.get("district_code").replace("00000", "00D00"));
        boolean known = ecuador.contains(reported);
        if (circuits.size() == 1) {
            return known && !ecuador.circuit(circuits.get(0)).district().equals(reported)
                    ? "one circuit, another district than the registry's" : "one circuit";
        }
        List<CircuitCode> narrowed = known ? ecuador.circuitsHolding(code, reported) : List.of();
        if (narrowed.size() == 1) {
            return "one circuit, by the registry's district";
        }
        if (!narrowed.isEmpty()) {
            return "several circuits of the registry's district";
        }
        return ecuador.districtsHolding(code).size() == 1 ? "several circuits of one district, not the registry's"
                : "circuits of several districts";
    }

    @Test
    void everySchoolSiteWithAKnownParishOrUrbanParishResolvesToItsCircuitsWithoutAGuess() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> urbanSets = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(ReferenceTerritoryTest.shared().resolve("schools_national.csv"));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord school : csv) {
                String placement = placement(school);
                counts.merge(placement, 1, Integer::sum);
                if (placement.startsWith("several")) {
                    ParishCode code = ParishCode.of(school.get("parish_code"));
                    urbanSets.merge(ecuador.urbanParish(code).isPresent() ? "urban parish"
                            : ecuador.parish(code).kind().id(), 1, Integer::sum);
                }
            }
        }
        assertEquals(Map.of(
                "one circuit", 9_850,
                "one circuit, by the registry's district", 12,
                "several circuits of the registry's district", 8_015,
                "unresolved: Juval, outside every district", 8,
                "unresolved: neither a DPA 2025 parish nor an urban parish", 62), counts);
        assertEquals(17_947, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Map.of("urban parish", 4_559, "urban_seat", 2_579, "rural", 877), urbanSets);
    }
}
