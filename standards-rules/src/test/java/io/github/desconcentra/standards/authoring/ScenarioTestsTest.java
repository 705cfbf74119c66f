package io.github.desconcentra.standards.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario-test format is read strictly, with the file, line and column of every error. */
class ScenarioTestsTest {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();

    private static Path write(Path dir, String json) throws Exception {
        Path tests = dir.resolve("police/tests");
        Files.createDirectories(tests);
        Path file = tests.resolve("cases.json");
        Files.writeString(file, json);
        return file;
    }

    private static List<String> problems(Path dir) {
        InputException e = assertThrows(InputException.class, () -> ScenarioTests.run(ENGINE, dir));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aWellFormedCasePassesAndAWrongExpectationFailsWithItsLine(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                [
                  {"name": "a circuit of 8,731 people needs a type-B unit", "sector": "police", "level": "circuit",
                   "population": 8731, "expect": [{"typology": "UPC_B", "required": 1, "deficit": 1}]},
                  {"name": "a district of 1,000 people needs 4 police", "sector": "police", "level": "district",
                   "population": 1000.0, "school_age": 200,
                   "supply": [{"typology": "UPC_B", "establishments": 1, "staff": 3, "condition": "needs_repair"}],
                   "expect": [{"typology": "UVC", "measure": "staff", "required": 5, "deficit": 2}]}
                ]
                """);
        List<ScenarioTests.Result> results = ScenarioTests.run(ENGINE, dir);
        assertEquals(List.of(new ScenarioTests.Result(file.toString(), 2, "a circuit of 8,731 people needs a type-B"
                        + " unit", true, ""),
                new ScenarioTests.Result(file.toString(), 4, "a district of 1,000 people needs 4 police", false,
                        "UVC staff required 4, expected 5; UVC staff deficit 1, expected 2")), results);
    }

    @Test
    void wrongTypesAndUnknownWordsAreErrorsAtTheirLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                [
                  {"name": "lots of people", "sector": "police", "level": "circuit", "population": "lots",
                   "expect": [{"typology": "UPC_B", "measure": "seats", "required": 1.5}]},
                  {"name": "a bad condition and a misspelled field", "sector": "polcie", "level": "parish",
                   "population": 12.5, "school_age": -1,
                   "supply": [{"typology": "UPC_C", "condition": "broken", "estabishments": 1}],
                   "expect": [{"typology": "UPC_B", "required": 1}], "comment": "x"}
                ]
                """);
        assertEquals(List.of(
                f + ":2:84: population: must be a whole number, not a string (value \"lots\")",
                f + ":3:48: measure: unknown measure \"seats\" (expected establishments, places or staff) (value"
                        + " \"seats\")",
                f + ":3:69: required: must be a whole number (value \"1.5\")",
                f + ":4:64: sector: unknown sector \"polcie\" (expected health, education, inclusion, police,"
                        + " rehabilitation or fire) (value \"polcie\")",
                f + ":4:83: level: must be circuit, district, zone or nation (value \"parish\")",
                f + ":5:18: population: must be a whole number (value \"12.5\")",
                f + ":5:38: school_age: must not be negative (value \"-1\")",
                f + ":6:28: typology: unknown typology code (not in any typologies.csv) (value \"UPC_C\")",
                f + ":6:50: condition: unknown condition \"broken\" (expected good, needs_repair or unusable)"
                        + " (value \"broken\")",
                f + ":6:60: estabishments: unknown field in supply item (expected typology, establishments, places,"
                        + " staff, condition)",
                f + ":7:54: comment: unknown field in a case (expected name, sector, level, population, children_0_2,"
                        + " children_3_4, school_age, adults_65_plus, supply, expect, children_1_2, school_age_5_14, school_age_15_17)"),
                problems(dir));
    }

    @Test
    void missingFieldsAndImpossiblePeopleAreErrors(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                [
                  {"name": "no level", "sector": "police", "population": 10, "expect": []},
                  {"name": "more children than people", "sector": "police", "level": "circuit", "population": 10,
                   "children_0_2": 6, "school_age": 6, "expect": [{"typology": "UPC_B"}]}
                ]
                """);
        assertEquals(List.of(
                f + ":2:3: case 0 has no \"level\"",
                f + ":2:3: expect: must list at least one expectation",
                f + ":3:3: the age groups (children_0_2, school_age) add up to more than the population 10",
                f + ":4:51: an expectation needs a \"typology\" and \"required\", \"deficit\" or both"),
                problems(dir));
    }

    @Test
    void invalidJsonIsReportedAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = write(dir, "[\n  {\"name\": \"x\", \"name\": \"y\"}\n]\n");
        List<String> problems = problems(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(f + ":2:", problems.get(0).substring(0, f.toString().length() + 3));
        assertEquals(true, problems.get(0).contains("is not valid JSON: Duplicate field 'name'"), problems.get(0));
    }
}
