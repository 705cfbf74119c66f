package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.standards.amie.AmieImporter;
import io.github.desconcentra.territory.Fuzz;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InputFuzzProperties {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final Catalogue CATALOGUE = StandardsEngine.embedded().catalogue();
    private static final byte[] INVENTORY = """
            id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,staff,name
            H1,health,CS_A,050550,,-0.7,-78.9,good,,,Centro de salud
            H2,health,CS_B,170150,,,,needs_repair,0,20,"Centro, Quito"
            P1,police,UPC_B,,17D05C01,,,unusable,16,17,UPC
            E1,education,ESCUELA,020150,,,,good,300,12,Escuela
            F1,fire,ESTACION_BOMBEROS,090150,,-2.2,-79.9,good,15,15,Estación
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] INVENTORY_JSON = """
            [{"id": "H1", "sector": "health", "typology": "CS_A", "parish_code": "050550", "lat": -0.7, "lon": -78.9,
              "condition": "good", "capacity": 0, "staff": 9, "name": "Centro"},
             {"id": "P1", "sector": "police", "typology": "UPC_B", "circuit_code": "17D05C01",
              "condition": "needs_repair", "capacity": 16, "staff": 17}]
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] AMIE = """
            amie,name,province_code,canton_code,parish_code,district_code,circuit_code,base_circuit,funding,\
            education_type,modality,shift,level,access,students,teachers,status,parish_in_dpa2025,dpa_parish_code
            02B00001,TINKU,02,0201,020101,02D01,02D01C01,02D01C01,Fiscal,Educación regular,Presencial,Matutina,\
            Educación Básica,Terrestre,51,5,Activa,false,020150
            09H00002,UNO,09,0901,090112,09D01,,,Particular,Educación regular,Presencial,Matutina y Vespertina,\
            Bachillerato,Terrestre,900,40,Activa,false,090150
            12H00003,DOS,12,1201,120150,12D01,12D01C03_b,12D01C03,Fiscal,Popular Permanente,Presencial,Nocturna,\
            Alfabetización,Fluvial,30,2,Activa,true,120150
            """.getBytes(StandardCharsets.UTF_8);
    private static byte[] parameters;
    private static byte[] typologies;
    private static long before;

    @BeforeAll
    static void corpus() throws Exception {
        before = Fuzz.cases();
        ClassLoader cl = InputFuzzProperties.class.getClassLoader();
        try (InputStream p = cl.getResourceAsStream(StandardsEngine.RESOURCE_FOLDER + "/health/parameters.csv");
             InputStream t = cl.getResourceAsStream(StandardsEngine.RESOURCE_FOLDER + "/health/typologies.csv")) {
            parameters = p.readAllBytes();
            typologies = t.readAllBytes();
        }
    }

    @AfterAll
    static void count() {
        Fuzz.report("inventories, AMIE extracts, standards parameter files", before);
    }

    private static long records(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().count() - 1;
    }

    @Test
    void brokenInventoriesAreAccountedForOrRefusedAsAWhole() {
        qt().withExamples(1_500).forAll(integers().all()).checkAssert(seed -> {
            Fuzz.Mutant m = Fuzz.mutateCsv(INVENTORY, new Random(seed));
            Fuzz.expectOnlyInputException(m, () -> {
                Inventory inv = InventoryIo.readCsv("i.csv", new ByteArrayInputStream(m.bytes()), ECUADOR, CATALOGUE);
                assertEquals(inv.read(), inv.establishments().size() + inv.excluded().size()
                        + inv.rejected().size());
            });
        });
        assertEquals(5, records(INVENTORY));
    }

    @Test
    void brokenJsonInventoriesOnlyEverRaiseInputException() {
        qt().withExamples(1_000).forAll(integers().all()).checkAssert(seed -> {
            Fuzz.Mutant m = Fuzz.mutateJson(INVENTORY_JSON, new Random(seed));
            Fuzz.expectOnlyInputException(m, () -> InventoryIo.readJson("i.json", new ByteArrayInputStream(m.bytes()),
                    ECUADOR, CATALOGUE));
        });
    }

    @Test
    void brokenAmieExtractsOnlyEverRaiseInputException() {
        qt().withExamples(1_000).forAll(integers().all()).checkAssert(seed -> {
            Fuzz.Mutant m = Fuzz.mutateCsv(AMIE, new Random(seed));
            Fuzz.expectOnlyInputException(m, () -> {
                Inventory inv = AmieImporter.importCsv("amie.csv", new ByteArrayInputStream(m.bytes()), ECUADOR,
                        AmieImporter.Mapping.standard());
                assertEquals(inv.read(), inv.establishments().size() + inv.excluded().size()
                        + inv.rejected().size());
            });
        });
    }

    @Test
    void brokenStandardsParameterFilesOnlyEverRaiseInputException() {
        qt().withExamples(1_000).forAll(integers().all(), integers().between(0, 1)).checkAssert((seed, which) -> {
            byte[] p = which == 0 ? Fuzz.mutateCsv(parameters, new Random(seed)).bytes() : parameters;
            byte[] t = which == 1 ? Fuzz.mutateCsv(typologies, new Random(seed)).bytes() : typologies;
            Fuzz.expectOnlyInputException(new Fuzz.Mutant(which == 0 ? p : t, "seed " + seed + " file " + which),
                    () -> Catalogue.read(Sector.HEALTH, f -> Optional.of(new ByteArrayInputStream(
                            f.equals(Catalogue.PARAMETERS) ? p : t)), "health/"));
        });
    }

    @Test
    void rejectionsNameThePhysicalLineWhereTheirRecordStarts() {
        qt().withExamples(300).forAll(integers().all()).checkAssert(seed -> {
            Random in = new Random(seed);
            StringBuilder csv = new StringBuilder(new String(INVENTORY, StandardCharsets.UTF_8).lines().findFirst()
                    .orElseThrow()).append('\n');
            java.util.Map<String, Long> expected = new java.util.TreeMap<>();
            long line = 2;
            int records = 1 + in.nextInt(8);
            for (int i = 0; i < records; i++) {
                int blanks = in.nextInt(3);
                csv.append("\n".repeat(blanks));
                line += blanks;
                String name = switch (in.nextInt(3)) {
                    case 0 -> "\"first\nsecond" + (in.nextBoolean() ? "\r\n" : "\n") + "third\"";
                    case 1 -> "\"" + Fuzz.formulaText(in).replace("\"", "\"\"") + "\"";
                    default -> "plain";
                };
                boolean bad = in.nextBoolean();
                String id = "R" + i;
                csv.append(id).append(",fire,ESTACION_BOMBEROS,").append(bad ? "999999" : "090150")
                        .append(",,,,good,15,15,").append(name).append(in.nextBoolean() ? "\r\n" : "\n");
                if (bad) {
                    expected.put(id, line);
                }
                // Line breaks inside the quoted name: CR LF, LF or a lone CR each start a new physical line.
                line += 1 + name.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
            }
            Fuzz.Mutant m = new Fuzz.Mutant(csv.toString().getBytes(StandardCharsets.UTF_8), "layout " + seed);
            Fuzz.expectOnlyInputException(m, () -> {
                Inventory inv = InventoryIo.readCsv("i.csv", new ByteArrayInputStream(m.bytes()), ECUADOR, CATALOGUE);
                java.util.Map<String, Long> actual = new java.util.TreeMap<>();
                inv.rejected().forEach(r -> actual.put(r.id(), r.line()));
                assertEquals(expected, actual, csv.toString());
            });
        });
    }

    @Test
    void writtenInventoriesHaveNoFormulaLeadingCellAndReadBackUnchanged() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("writers");
        qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
            Random in = new Random(seed);
            java.util.List<Establishment> list = new java.util.ArrayList<>();
            for (int i = 0; i < 1 + in.nextInt(5); i++) {
                String name = in.nextBoolean() ? Fuzz.formulaText(in) : "Estación " + i;
                String id = (in.nextBoolean() ? "-" : in.nextBoolean() ? "@" : "") + "F" + i;
                list.add(new Establishment(id, Sector.FIRE, "ESTACION_BOMBEROS",
                        io.github.desconcentra.territory.ParishCode.of("090150"), null,
                        in.nextBoolean() ? null : new io.github.desconcentra.territory.Coordinates(-2.2, -79.9),
                        Condition.GOOD, 15, 15, name.trim()));
            }
            java.nio.file.Path file = dir.resolve("inventory-" + seed + ".csv");
            Fuzz.expectOnlyInputException(new Fuzz.Mutant(new byte[0], "writer " + seed), () -> {
                InventoryIo.writeCsv(list, file);
                try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(file,
                        StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.RFC4180)) {
                    for (org.apache.commons.csv.CSVRecord r : p) {
                        for (String cell : r) {
                            org.junit.jupiter.api.Assertions.assertFalse(
                                    io.github.desconcentra.territory.internal.CsvOutput.isFormulaLeading(cell)
                                            && !cell.matches("-\\d+(\\.\\d+)?"), cell);
                        }
                    }
                }
                Inventory back = InventoryIo.read(file, ECUADOR, CATALOGUE);
                String own = "file:inventory-" + seed + ".csv";
                assertEquals(new Inventory(list, java.util.List.of()).establishments().stream()
                        .map(e -> e.withSource(own)).toList(), back.establishments(), "a user's file is its own source");
                java.nio.file.Files.delete(file);
            });
        });
    }
}
