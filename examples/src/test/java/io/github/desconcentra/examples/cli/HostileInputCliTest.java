package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.territory.Fuzz;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputCliTest {
    private static final String INVENTORY = "id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,"
            + "staff,name\nF1,fire,ESTACION_BOMBEROS,090150,,-2.2,-79.9,good,15,15,Estación\n\n"
            + "F2,fire,ESTACION_BOMBEROS,170150,,,,needs_repair,-15,12,\"Norte\nsegunda\"\n"
            + "F3,fire,ESTACION_BOMBEROS,999999,,,,good,15,12,Sur\n";

    /** Runs the command line with a hang guard only (a pipe that blocked would never return). */
    private static CliRunner run(String... args) {
        return assertTimeoutPreemptively(Duration.ofMinutes(3), () -> CliRunner.run(args), String.join(" ", args));
    }

    private static void assertOneLineNaming(CliRunner r, int exit, String path, String what) {
        assertEquals(exit, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(path) && r.err().contains(what), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), r.err());
    }

    @Test
    void outputFoldersThatCannotBeWrittenAreAUsageErrorSaidBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
        Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));
        List<String[]> cases = new ArrayList<>(List.of(
                new String[] {file.toString(), "is an existing file, not a folder"},
                new String[] {dir.resolve("loop1").toString(), "a symbolic link loop"},
                new String[] {dir.resolve("x".repeat(300)).toString(), "the name is too long"},
                new String[] {file.resolve("sub").toString(), "cannot be used as the output folder"}));
        if (Files.exists(Path.of("/dev/null"))) {
            cases.add(new String[] {"/dev/null", "is not a folder"});
        }
        if (Files.isDirectory(Path.of("/proc/self"))) {
            cases.add(new String[] {"/proc/desconcentra", "cannot be used as the output folder"});
        }
        for (String command : List.of("evaluate", "cost", "plan", "run", "import-amie")) {
            for (String[] c : cases) {
                List<String> args = new ArrayList<>(List.of(command, "--out", c[0]));
                if (command.equals("import-amie")) {
                    args.add(dir.resolve("registry.csv").toString());
                } else {
                    args.addAll(List.of("--sectors", "fire"));
                }
                assertOneLineNaming(run(args.toArray(String[]::new)), 2, "--out " + c[0], c[1]);
            }
        }
    }

    @Test
    void inputPathsThatAreNotReadableFilesAreBadInputNamingThePath(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        boolean pipes = Fuzz.mkfifo(fifo);
        Path sparse = dir.resolve("sparse.csv");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("gone.csv"));
        List<String[]> kinds = new ArrayList<>(List.of(
                new String[] {dir.resolve("missing.csv").toString(), "no such file or folder"},
                new String[] {"/", "is a folder, not a file"},
                new String[] {sparse.toString(), "is 3,221,225,472 bytes, more than the 536,870,912"},
                new String[] {dir.resolve("dangling.csv").toString(), "is a symbolic link to nothing"}));
        if (pipes) {
            kinds.add(new String[] {fifo.toString(), "is not a regular file (a pipe, device or socket)"});
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            kinds.add(new String[] {"/dev/zero", "is not a regular file"});
        }
        String out = dir.resolve("out").toString();
        List<Function<String, String[]>> roles = List.of(
                p -> new String[] {"evaluate", "--sectors", "fire", "--inventory", p, "--out", out},
                p -> new String[] {"cost", "--sectors", "fire", "--costs", p, "--out", out},
                p -> new String[] {"plan", "--sectors", "fire", "--budget", p, "--out", out},
                p -> new String[] {"plan", "--sectors", "fire", "--priority", "poverty-weighted", "--poverty-weights", p,
                    "--out", out},
                p -> new String[] {"import-amie", p, "--out", out},
                p -> new String[] {"import-amie", "--mapping", p, dir.resolve("missing-registry.csv").toString(),
                    "--out", out},
                p -> new String[] {"summary", "--territory", p.equals("/") ? dir.resolve("afile").toString() : p},
                p -> new String[] {"compare", p, p});
        for (String[] kind : kinds) {
            for (Function<String, String[]> role : roles) {
                String[] args = role.apply(kind[0]);
                CliRunner r = run(args);
                assertEquals(1, r.exitCode(), String.join(" ", args) + ": " + r.err());
                assertTrue(r.err().startsWith("desconcentra: error: "), r.err());
                assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), r.err());
            }
            assertOneLineNaming(run("evaluate", "--sectors", "fire", "--inventory", kind[0], "--out", out), 1, kind[0],
                    kind[1]);
        }
    }

    @Test
    void aTerritoryOfHeadersOnlyAndHostileNumbersAreBadInput(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t");
        Fuzz.headersOnlyTerritory(t);
        CliRunner r = run("evaluate", "--territory", t.toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("the territory has no parish"), r.err());
        CliRunner big = run("plan", "--sectors", "fire", "--budget-per-year", "1e999999", "--out",
                dir.resolve("o").toString());
        assertEquals(2, big.exitCode(), big.err());
        assertTrue(big.err().contains("must be below 10^18 in magnitude"), big.err());
        Files.writeString(dir.resolve("b.csv"), "year,sector,amount\n2013,,1e-999999\n");
        CliRunner tiny = run("plan", "--sectors", "fire", "--budget", dir.resolve("b.csv").toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(1, tiny.exitCode(), tiny.err());
        assertTrue(tiny.err().contains("b.csv:2: amount: has more than 34 decimal places"), tiny.err());
    }

    @Test
    void invalidInventoryRecordsStopTheCommandUnlessKeepGoing(@TempDir Path dir) throws Exception {
        Path inv = Files.writeString(dir.resolve("inv.csv"), INVENTORY);
        for (String command : List.of("evaluate", "cost", "plan")) {
            CliRunner strict = run(command, "--sectors", "fire", "--inventory", inv.toString(), "--out",
                    dir.resolve(command).toString());
            assertEquals(1, strict.exitCode(), strict.err());
            assertEquals(List.of("desconcentra: error: " + inv + ":4: F2: capacity \"-15\": must not be negative (and 1"
                            + " more problem)",
                    "  " + inv + ":4: F2: capacity \"-15\": must not be negative",
                    "  " + inv + ":6: F3: unknown parish or urban parish 999999",
                    "desconcentra: 2 inventory records are invalid: correct them, or run with --keep-going to evaluate"
                            + " without them (listed in rejected.csv)"), strict.err().lines().toList());
            CliRunner going = run(command, "--sectors", "fire", "--inventory", inv.toString(), "--keep-going",
                    "--out", dir.resolve(command).toString());
            assertEquals(0, going.exitCode(), going.err());
            assertTrue(going.err().contains("warning: 2 invalid inventory records left out"), going.err());
            assertEquals(List.of("file,line,id,reason", inv + ",4,F2,\"capacity \"\"-15\"\": must not be negative\"",
                    inv + ",6,F3,unknown parish or urban parish 999999"), Files.readAllLines(dir.resolve(command)
                    .resolve("rejected.csv")));
        }
        assertEquals(1, run("evaluate", "--sectors", "fire", "--inventory", inv.toString(), "--max-rejected", "1",
                "--out", dir.resolve("m").toString()).exitCode());
        assertEquals(0, run("evaluate", "--sectors", "fire", "--inventory", inv.toString(), "--max-rejected", "2",
                "--out", dir.resolve("m").toString()).exitCode());
        assertEquals(2, run("evaluate", "--sectors", "fire", "--inventory", inv.toString(), "--max-rejected", "-1",
                "--out", dir.resolve("m").toString()).exitCode());
    }

    @Test
    void aRunWithKeepGoingSaysHowManyRecordsWereRejectedEvenWhenQuiet(@TempDir Path dir) throws Exception {
        Path inv = Files.writeString(dir.resolve("inv.csv"), INVENTORY);
        Path out = dir.resolve("report");
        CliRunner r = run("run", "--sectors", "fire", "--inventory", inv.toString(), "--keep-going", "--quiet",
                "--lang", "en", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: 2 invalid inventory records left out"), r.err());
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("Inventory records: read "), r.out());
        assertTrue(Files.readString(out.resolve("summary.txt")).contains(", rejected 2 (invalid records left out"),
                Files.readString(out.resolve("summary.txt")));
        JsonNode records = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("metadata")
                .get("inventoryRecords");
        assertEquals(2, records.get("rejected").asInt());
        assertEquals(records.get("read").asInt(), records.get("accepted").asInt() + records.get("excluded").asInt()
                + records.get("rejected").asInt());
        assertEquals(3, Files.readAllLines(out.resolve("rejected.csv")).size());
        // --lang en: the page is English too.
        assertTrue(Files.readString(out.resolve("report.html")).contains("2 invalid inventory records were left out"));
        CliRunner strict = run("run", "--sectors", "fire", "--inventory", inv.toString(), "--quiet", "--out",
                dir.resolve("strict").toString());
        assertEquals(1, strict.exitCode(), strict.err());
    }

    @Test
    void aPipedInventoryIsRefusedInsteadOfRecordingTheChecksumOfAnEmptyRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("63");
        org.junit.jupiter.api.Assumptions.assumeTrue(Fuzz.mkfifo(fifo), "mkfifo is not available");
        CliRunner r = run("run", "--sectors", "fire", "--inventory", fifo.toString(), "--quiet", "--out",
                dir.resolve("o").toString());
        assertOneLineNaming(r, 1, fifo.toString(), "is not a regular file");
        assertFalse(Files.exists(dir.resolve("o/report.json")));
    }

    @Test
    void compareWritesFormulaTextQuotedAndNumbersAsNumbers(@TempDir Path dir) throws Exception {
        for (String side : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(side));
            Files.writeString(dir.resolve(side).resolve("costs.csv"), "scope,level,code,sector,typology,action,"
                    + "quantity,capex,opex_per_year,currency,price_year\ntotal,nation,EC,=HYPERLINK(\"x\"),,,1,"
                    + (side.equals("a") ? "100.00" : "40.00") + ",0.00,USD,2022\n");
        }
        CliRunner r = run("compare", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("nation,EC,\"'=HYPERLINK(\"\"x\"\")\",100.00,40.00,-60.00,0.00,0.00,0.00",
                r.out().lines().dropWhile(l -> !l.startsWith("level,")).skip(1).findFirst().orElseThrow());
        assertTrue(new String(Files.readAllBytes(dir.resolve("a/costs.csv")), StandardCharsets.UTF_8).contains("="));
    }
}
