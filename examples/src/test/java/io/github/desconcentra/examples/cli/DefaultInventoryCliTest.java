package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultInventoryCliTest {
    /** The citations of the reference inventory's sources with establishments (its sources.json), by id. */
    private static final String REFERENCE = "guayaquil-fire-2016 (2016); mineduc-amie-2023 (2023 (enrolment and"
            + " teachers 2021-22)); msp-establishments-2017 (2017-09); msp-first-level-2023 (c. 2023); quito-upc-2021"
            + " (2021-11); snai-prison-capacity-2022 (2022-05)";
    private static final String NONE = "none: no inventory source, every sector not assessed";
    /** The example territory of docs/FORMATS.md, a canton: not the reference one. */
    private static final String SIGCHOS = "formats/territory";

    /** Each evaluating command, made cheap: one sector, one plan year on the population year's demand. */
    private static List<String[]> commands(Path dir, String... extra) {
        List<String[]> all = new ArrayList<>();
        for (String c : List.of("evaluate", "cost", "plan", "sensitivity", "run")) {
            List<String> args = new ArrayList<>(List.of(c, "--sectors", "police", "--out", dir.resolve(c).toString()));
            if (c.equals("plan") || c.equals("run")) {
                args.addAll(List.of("--demand", "population-year", "--first-year", "2027", "--last-year", "2027"));
            }
            if (c.equals("sensitivity")) {
                args.addAll(List.of("--vary", "costs"));
            }
            if (c.equals("run")) {
                // English, so that its summary's inventory line reads like the other commands' printed one.
                args.addAll(List.of("--quiet", "--lang", "en"));
            }
            args.addAll(List.of(extra));
            all.add(args.toArray(String[]::new));
        }
        return all;
    }

    /** The inventory a command says it used: its "inventory:" line, or for run the summary's. */
    private static String inventoryLine(String[] args, CliRunner r, Path dir) throws Exception {
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
        String out = args[0].equals("run") ? Files.readString(dir.resolve("run/summary.txt")) : r.out();
        try (Stream<String> lines = out.lines()) {
            return lines.filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("inventory: ")).findFirst()
                    .map(l -> l.substring("inventory: ".length())).orElse("(no inventory line) " + out);
        }
    }

    @Test
    void everyEvaluatingCommandUsesTheReferenceInventoryOnTheReferenceTerritoryByDefault(@TempDir Path dir)
            throws Exception {
        for (String[] args : commands(dir)) {
            assertEquals(REFERENCE, inventoryLine(args, CliRunner.run(args), dir), args[0]);
        }
        // Quito's UPC (zone 9) is the only police supply the reference inventory knows: its lines name it.
        String deficits = Files.readString(dir.resolve("evaluate/deficits.csv"));
        assertTrue(deficits.contains("quito-upc-2021"), "the deficit lines name the reference source");
    }

    @Test
    void everyEvaluatingCommandSaysNoneOnAnotherTerritoryAndTheReferenceIsRefusedThere(@TempDir Path dir)
            throws Exception {
        for (String[] args : commands(dir, "--territory", SIGCHOS)) {
            assertEquals(NONE, inventoryLine(args, CliRunner.run(args), dir), args[0]);
        }
        CliRunner refused = CliRunner.run("evaluate", "--territory", SIGCHOS, "--inventory", "reference", "--out",
                dir.resolve("refused").toString());
        assertEquals(Desconcentra.INPUT_ERROR, refused.exitCode());
        assertTrue(refused.err().contains("--inventory: 'reference' is the inventory of the embedded reference"
                + " territory"), refused.err());
    }

    @Test
    void theInventoryIsNamedExplicitlyTheSameWayInEveryCommand(@TempDir Path dir) throws Exception {
        for (String[] args : commands(dir, "--inventory", "none")) {
            assertEquals(NONE, inventoryLine(args, CliRunner.run(args), dir), args[0]);
        }
        String[] earlier = commands(dir, "--no-reference-inventory").get(0);
        assertEquals(NONE, inventoryLine(earlier, CliRunner.run(earlier), dir), "the earlier spelling");
        String[] explicit = commands(dir, "--inventory", "reference", "--territory", "reference").get(0);
        assertEquals(REFERENCE, inventoryLine(explicit, CliRunner.run(explicit), dir));
        String[] sample = commands(dir, "--inventory", "sample").get(1);
        assertEquals("mineduc-amie-2023 (2023 (enrolment and teachers 2021-22)); sample (generated) [SAMPLE:"
                + " generated, not real]", inventoryLine(sample, CliRunner.run(sample), dir),
                "the sample replaces the reference in its five sectors; education stays the reference's");
        String[] sampleAlone = commands(dir, "--inventory", "none", "--inventory", "sample").get(2);
        assertEquals("sample (generated) [SAMPLE: generated, not real]",
                inventoryLine(sampleAlone, CliRunner.run(sampleAlone), dir));
        CliRunner both = CliRunner.run("evaluate", "--inventory", "none", "--inventory", "reference", "--out",
                dir.resolve("both").toString());
        assertEquals(Desconcentra.INPUT_ERROR, both.exitCode());
        assertTrue(both.err().contains("'none' and 'reference' exclude each other"), both.err());
    }
}
