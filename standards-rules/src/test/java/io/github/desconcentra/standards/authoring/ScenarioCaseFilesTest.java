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

class ScenarioCaseFilesTest {
    private static List<String> problems(Path dir, String cases) throws Exception {
        Path tests = Files.createDirectories(dir.resolve("police/tests"));
        Files.writeString(tests.resolve("police.json"), cases);
        InputException e = assertThrows(InputException.class, () -> ScenarioTests.run(StandardsEngine.embedded(),
                dir));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void valuesOfTheWrongKindAreProblemsOfTheCaseFileNotZeroOrAnInternalError(@TempDir Path dir) throws Exception {
        String file = dir.resolve("police/tests/police.json").toString();
        assertEquals(List.of(
                file + ": /0/population: must be a whole number, not an object (value \"{\"x\":1}\")",
                file + ": /0/supply/0/places: must be a whole number (value \"2.5\")",
                file + ": /0/supply/1/condition: unknown condition \"broken\" (expected good, needs_repair or unusable)"
                        + " (value \"\"broken\"\")",
                file + ": /0/expect/0/measure: unknown measure (expected establishments, places or staff) (value"
                        + " \"\"bogus\"\")",
                file + ": /0/expect/1/required: must be a whole number, not a string (value \"\"1\"\")"),
                problems(dir, """
                        [{"name": "hostile", "sector": "police", "level": "circuit", "population": {"x": 1},
                          "supply": [{"typology": "UPC_B", "establishments": 1, "places": 2.5},
                                     {"typology": "UPC_B", "condition": "broken"}],
                          "expect": [{"typology": "UPC_B", "measure": "bogus", "required": 1},
                                     {"typology": "UPC_B", "required": "1"}]}]"""));
    }
}
