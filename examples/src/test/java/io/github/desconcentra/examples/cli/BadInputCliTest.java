package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.Fuzz;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputCliTest {
    private static final byte[] INVENTORY = ("id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,"
            + "staff,name\nF1,fire,ESTACION_BOMBEROS,090150,,-2.2,-79.9,good,15,15,Estación\n"
            + "F2,fire,ESTACION_BOMBEROS,170150,,,,needs_repair,15,12,Norte\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void brokenFilesExitOneWithMessagesAndNeverAStackTrace(@TempDir Path dir) throws Exception {
        TerritoryCsv.write(ReferenceTerritory.data(), dir.resolve("t"));
        byte[] zones = Files.readAllBytes(dir.resolve("t/zones.csv"));
        for (int seed = 0; seed < 40; seed++) {
            Fuzz.Mutant inv = Fuzz.mutateCsv(INVENTORY, new Random(seed));
            Files.write(dir.resolve("inv.csv"), inv.bytes());
            CliRunner r = CliRunner.run("evaluate", "--sectors", "fire", "--inventory", dir.resolve("inv.csv")
                    .toString(), "--out", dir.resolve("out").toString());
            assertTrue(r.exitCode() == 0 || r.exitCode() == 1, inv + ": exit " + r.exitCode() + " " + r.err());
            assertFalse(r.err().contains("\tat "), inv + ": " + r.err());
            Fuzz.Mutant z = Fuzz.mutateCsv(zones, new Random(seed));
            Files.write(dir.resolve("t/zones.csv"), z.bytes());
            CliRunner s = CliRunner.run("summary", "--territory", dir.resolve("t").toString());
            assertTrue(s.exitCode() == 0 || s.exitCode() == 1, z + ": exit " + s.exitCode() + " " + s.err());
            assertFalse(s.err().contains("\tat "), z + ": " + s.err());
            if (s.exitCode() == 1) {
                assertTrue(s.err().startsWith("desconcentra: error: "), s.err());
            }
        }
    }

    @Test
    void debugPrintsTheStackTrace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("inv.csv"), "id;sector\n");
        CliRunner r = CliRunner.run("evaluate", "--debug", "--inventory", dir.resolve("inv.csv").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
