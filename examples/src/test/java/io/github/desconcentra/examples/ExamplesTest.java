package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.examples.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    interface Main {
        void run(String[] args) throws Exception;
    }

    private static String capture(Main main) throws Exception {
        return capture(main, new String[0]);
    }

    private static String capture(Main main, String[] args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loadTerritoryWalksTheHierarchies() throws Exception {
        String out = capture(LoadTerritoryExample::main);
        assertTrue(out.contains("Z9: 9 districts, 2,679,722 people"), out);
        assertTrue(out.contains("Quito's urban seat is split among"), out);
        assertTrue(out.contains("age groups from [CENSUS_STRUCTURE]"), out);
        assertTrue(out.contains("Sigchos' outline: Polygon"), out);
        assertTrue(out.contains("is in parish 050750"), out);
    }

    @Test
    void evaluateOneSectorPrintsTheDistrictAndItsCircuits() throws Exception {
        String out = capture(EvaluateOneSectorExample::main);
        assertTrue(out.contains("05D05") && out.contains("CS_B") && out.contains("HOSPITAL_BASICO"), out);
    }

    @Test
    void costADeficitBuildsRefurbishesAndHires() throws Exception {
        String out = capture(CostADeficitExample::main);
        assertTrue(out.contains("build") && out.contains("refurbish") && out.contains("hire"), out);
    }

    @Test
    void buildAPlanFundsProjectsYearByYear() throws Exception {
        String out = capture(BuildAPlanExample::main);
        assertTrue(out.startsWith("2027: first "), out);
        assertTrue(out.contains("funded "), out);
    }

    @Test
    void ownInventoryReplacesTheSampleOfItsSector() throws Exception {
        String out = capture(OwnInventoryExample::main);
        // The reference inventory knows only Guayaquil's 43 stations (one aggregate record); Quito's brigade replaces
        // the fire sector and makes Quito's lines assessed.
        assertTrue(out.contains("1 fire establishments in the inventory: station deficit 0 where assessed; 410")
                && out.contains("2 fire establishments in the inventory: station deficit 55 where assessed; 353"),
                out);
    }

    @Test
    void writeAReportWritesEveryFileFromItsOwnTerritoryAndInventory(@TempDir Path dir) throws Exception {
        String out = capture(WriteAReportExample::main, new String[] {dir.toString()});
        // CPV 2022: Sigchos 7,560, Chugchillán 6,075, Isinlivi 1,945, Las Pampas 1,850, Palo Quemado 1,030.
        assertTrue(out.contains("Nation: 1 zones, 1 districts, 4 circuits, 18,460 people"), out);
        assertTrue(out.contains("Inventory: sigchos-brigade (2026)"), out);
        for (String f : Reports.FILES) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(18_460, json.get("national").get("population").asLong());
        // Four circuits smaller than a police subcircuit need a UPC type B each; the one UPC (type A) stands in for
        // one: three are missing.
        assertTrue(Files.readAllLines(dir.resolve("deficits.csv")).stream().anyMatch(l -> l.startsWith(
                "rollup,nation,EC,,,Sigchos,police,UPC_B,establishments,4,1,0,3,0,")),
                Files.readString(dir.resolve("deficits.csv")));
    }
}
