package io.github.desconcentra.territory.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryJsonTest {

    private static List<Problem> problems(String json) {
        return assertThrows(InputException.class, () -> TerritoryJson.read("t.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).problems();
    }

    @Test
    void theReferenceTerritoryRoundTripsByteForByte() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        TerritoryJson.write(ReferenceTerritory.data(), first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        TerritoryJson.write(TerritoryJson.read("t.json", new ByteArrayInputStream(first.toByteArray())), second);
        assertEquals(first.toString(StandardCharsets.UTF_8), second.toString(StandardCharsets.UTF_8));
    }

    @Test
    void malformedJsonNamesTheLine() {
        Problem p = problems("{\n\"country\": \"EC\",\n\"name\": }").get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("is not valid JSON"), p.toString());
    }

    @Test
    void everyBadFieldIsLocatedByItsPointer() {
        List<Problem> problems = problems("""
                {"country": "ECU", "name": "X", "censusYear": 2022,
                 "provinces": [{"code": "01", "name": "A"}],
                 "cantons": [{"code": "0101", "name": "B", "province": "01"}],
                 "parishes": [{"code": "010150", "name": "C", "canton": "0101", "kind": "rural", "population": -4}],
                 "zones": [], "districts": [], "circuits": [{"code": "01D01C01", "name": "D", "district": "01D01",
                   "parishes": [{"parish": "010150", "share": 1.5}]}]}
                """);
        assertEquals(List.of(
                "t.json: /country: nation code must be two upper-case letters (ISO 3166-1 alpha-2), e.g. EC: \"ECU\""
                        + " (value \"ECU\")",
                "t.json: /parishes/0/population: must not be negative (value \"-4\")",
                "t.json: /circuits/0/parishes/0/share: population share must be within (0, 1]: 1.5 (parish 010150)"
                        + " (value \"1.5\")"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void badUrbanParishesAndPartsAreLocatedByTheirPointer() {
        List<Problem> problems = problems("""
                {"country": "EC", "name": "X", "censusYear": 2022,
                 "provinces": [{"code": "01", "name": "A"}],
                 "cantons": [{"code": "0101", "name": "B", "province": "01"}],
                 "parishes": [{"code": "010150", "name": "C", "canton": "0101", "kind": "urban_seat", "population": 4}],
                 "zones": [], "districts": [], "circuits": [{"code": "000C01", "name": "D", "district": "01D01",
                   "parishes": [{"parish": "010150", "partName": "NORTE", "urbanParish": "0101X1"}]}],
                 "urbanParishes": [{"code": "010101", "name": "NORTE", "seat": "010150", "circuits": ["01D01X01"],
                   "placement": "named"}, {"code": "010102", "name": "SUR", "seat": "010150", "circuits": [],
                   "placement": "guessed"}]}
                """);
        assertEquals(List.of(
                "t.json: /circuits/0/parishes/0/urbanParish: parish code must be six digits, e.g. 170150: \"0101X1\""
                        + " (value \"0101X1\")",
                "t.json: /urbanParishes/0/circuits/0: circuit code must be a district code, C and two or three digits,"
                        + " e.g. 17D01C03 (or 000C01-000C99 for the former non-delimited zones): \"01D01X01\""
                        + " (value \"01D01X01\")",
                "t.json: /urbanParishes/1/placement: unknown urban parish placement \"guessed\" (expected named,"
                        + " school_districts or seat) (value \"guessed\")"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertEquals("t.json: must hold one JSON object", problems("[1, 2]").get(0).toString());
    }
}
