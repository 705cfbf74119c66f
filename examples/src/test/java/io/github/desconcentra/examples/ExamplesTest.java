package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    interface Main {
        void run(String[] args) throws Exception;
    }

    private static String capture(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run(new String[0]);
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
}
