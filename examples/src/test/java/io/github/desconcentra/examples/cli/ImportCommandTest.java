package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("desconcentra.shared.data",
            "../../shared/data/ecuador"));

    @Test
    void theNationalSchoolRegistryIsImportedWithEveryRowAccountedFor(@TempDir Path dir) throws Exception {
        Path registry = SHARED.resolve("schools_national.csv");
        assumeTrue(Files.exists(registry), "the shared school registry is not beside the checkout");
        CliRunner r = CliRunner.run("import", "--registry", "schools", registry.toString(), "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        // docs/DATA.md: 17,947 rows = 16,525 schools + 1,422 rows out of scope (additional sites, adult schooling...).
        assertTrue(r.out().startsWith("read 17947, accepted 16525, excluded 1422, rejected 0"), r.out());
        assertEquals(16_525 + 1, Files.readAllLines(dir.resolve("inventory.csv")).size());
        assertEquals(1_422 + 1, Files.readAllLines(dir.resolve("excluded.csv")).size());
        assertTrue(Files.readString(dir.resolve("inventory.sources.json")).contains("\"mineduc-amie-2023\""));
    }

    @Test
    void anUnknownRegistryIsBadInputNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "a\n1\n");
        CliRunner r = CliRunner.run("import", "--registry", "prisons", file.toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown registry \"prisons\""), r.err());
    }

    @Test
    void theDemoInventoryIsLabelledSampleOnEveryLineItFeeds(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("evaluate", "--no-reference-inventory", "--inventory", "sample", "--sectors",
                "fire", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("deficits.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int status = header.indexOf("status");
        assertTrue(status > 0, lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",sample")), lines.get(1));
    }
}
