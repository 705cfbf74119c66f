package io.github.desconcentra.standards.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReferenceInventoryTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final Catalogue CATALOGUE = StandardsEngine.embedded().catalogue();

    static Path shared() {
        Path shared = Path.of(System.getProperty("desconcentra.shared.data", "../../shared/data/ecuador"));
        assumeTrue(Files.isDirectory(shared), "the shared inputs are not beside the checkout: " + shared);
        return shared;
    }

    @Test
    void theEmbeddedInventoryIsWhatTheImportersDeriveFromTheRegistries() throws Exception {
        Path out = Path.of("target", "reference-inventory");
        ReferenceInventory.build(shared(), ECUADOR, out);
        try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.sorted().toList();
            assertEquals(4 * 3 + 1, all.size());
            for (Path f : all) {
                String resource = ReferenceInventory.FOLDER + "/" + f.getFileName();
                try (InputStream committed = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertArrayEquals(Files.readAllBytes(f), committed == null ? null : committed.readAllBytes(),
                            () -> resource + " differs from what the importers derive; regenerate it with"
                                    + " 'desconcentra build-reference-inventory' (docs/DATA.md)");
                }
            }
        }
    }

    @Test
    void holdsRealInventoriesOnlyWithEveryRecordAccountedFor() {
        Inventory inv = ReferenceInventory.load(ECUADOR, CATALOGUE);
        assertEquals(inv, ReferenceInventory.load(ECUADOR, CATALOGUE));
        assertEquals(EnumSet.of(Sector.EDUCATION, Sector.HEALTH, Sector.POLICE, Sector.REHABILITATION, Sector.FIRE),
                inv.sectors());
        assertTrue(inv.establishments().stream().noneMatch(e -> e.id().startsWith("SAMPLE")));
        assertTrue(inv.sources().stream().noneMatch(s -> s.status() == Provenance.Status.SAMPLE));
        assertEquals(0, inv.rejected().size());
        assertEquals(List.of(17_947, 1_934, 3_579, 23), inv.files().stream().map(Inventory.FileAccount::read)
                .toList(), "every row of the four registries is read (shared README: 17,947 / 1,934 / 3,579 / 23)");
    }

    private static long sum(Inventory inv, String typology, java.util.function.ToLongFunction<Establishment> f) {
        return inv.establishments().stream().filter(e -> e.typology().equals(typology)).mapToLong(f).sum();
    }

    @Test
    void filesParsedAheadOnAnotherThreadLoadAsTheWholeRead() throws Exception {
        java.util.concurrent.FutureTask<ReferenceInventory.Parsed> ahead = new java.util.concurrent.FutureTask<>(
                ReferenceInventory::parsed);
        new Thread(ahead, "parser").start();
        ReferenceInventory.Parsed parsed = ahead.get();
        Inventory inv = parsed.load(ECUADOR, CATALOGUE);
        assertEquals(ReferenceInventory.load(ECUADOR, CATALOGUE), inv);
        assertEquals(18_484, inv.establishments().size());
        assertEquals(inv, parsed.load(ECUADOR, CATALOGUE), "a parse can be checked again");
    }

    @Test
    void schoolsAddUpToTheRegistrysPupilsAndTeachers() throws Exception {
        Inventory inv = ReferenceInventory.load(ECUADOR, CATALOGUE);
        long publicSeats = sum(inv, "ESCUELA", Establishment::capacity);
        long privateSeats = sum(inv, "ESCUELA_PARTICULAR", Establishment::capacity);
        long teachers = sum(inv, "ESCUELA", Establishment::staff) + sum(inv, "ESCUELA_PARTICULAR",
                Establishment::staff);
        assertEquals(3_582_289, publicSeats);
        assertEquals(673_400, privateSeats);
        assertEquals(13_172, inv.establishments().stream().filter(e -> e.typology().equals("ESCUELA")).count());
        assertEquals(3_353, inv.establishments().stream().filter(e -> e.typology().equals("ESCUELA_PARTICULAR"))
                .count());
        // The excluded schools (adult schooling, not school-based, additional sites, Juval) hold the rest of the
        // registry's 4,323,979 pupils and 200,778 teachers of 2021-22 (shared README).
        java.util.Map<String, long[]> registry = new java.util.HashMap<>();
        try (var in = Files.newBufferedReader(shared().resolve("schools_national.csv"));
             var csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .build().parse(in)) {
            long line = 1;
            for (var r : csv) {
                line++;
                registry.put(line + "", new long[] {r.get("students_2021_22").isEmpty() ? 0
                        : Long.parseLong(r.get("students_2021_22")), r.get("teachers_2021_22").isEmpty() ? 0
                        : Long.parseLong(r.get("teachers_2021_22"))});
            }
        }
        long excludedPupils = 0;
        long excludedTeachers = 0;
        for (var x : inv.excluded()) {
            if (x.file().equals("schools_national.csv")) {
                excludedPupils += registry.get(x.line() + "")[0];
                excludedTeachers += registry.get(x.line() + "")[1];
            }
        }
        assertEquals(4_323_979, publicSeats + privateSeats + excludedPupils);
        assertEquals(200_778, teachers + excludedTeachers);
        assertEquals(948, inv.establishments().stream().filter(e -> e.sector() == Sector.EDUCATION
                && e.capacityStatus() == null).count(), "schools without 2021-22 figures: unknown, not 0");
    }

    @Test
    void firstLevelUnitsAreTheMspCountsAndPrisonCapacityIs2022s() {
        Inventory inv = ReferenceInventory.load(ECUADOR, CATALOGUE);
        // Shared README: type A 1,286, type B 190, type C 59, health posts 390 (typology inferred).
        assertEquals(List.of(1_286L, 190L, 59L, 390L), Stream.of("CS_A", "CS_B", "CS_C", "PUESTO_SALUD")
                .map(t -> inv.establishments().stream().filter(e -> e.typology().equals(t)).count()).toList());
        assertEquals(31, inv.establishments().stream().filter(e -> e.typology().equals("HOSPITAL_GENERAL")).count(),
                "the 31 general hospitals (HG) whose typology the 2017 list records");
        assertEquals(30_169, sum(inv, "CRS_REGIONAL", Establishment::capacity), "installed capacity, May 2022");
        assertEquals(275, sum(inv, "UPC_A", Establishment::units), "Quito's UPC, 2021");
        assertEquals(43, sum(inv, "ESTACION_BOMBEROS", Establishment::units), "Guayaquil's stations, 2016");
    }

    @Test
    void theFirstLevelListAgreesWithThe2017ListItCrossChecks() throws Exception {
        java.util.Map<String, String> firstLevel = new java.util.HashMap<>();
        java.util.Map<String, String> list2017 = new java.util.HashMap<>();
        for (var e : java.util.Map.of("health_first_level.csv", firstLevel, "health_msp_2017.csv", list2017)
                .entrySet()) {
            try (var in = Files.newBufferedReader(shared().resolve(e.getKey()));
                 var csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                         .build().parse(in)) {
                csv.forEach(r -> e.getValue().put(r.get("unicode"), r.get("district_code_derived")));
            }
        }
        long listed = firstLevel.keySet().stream().filter(list2017::containsKey).count();
        long sameDistrict = firstLevel.keySet().stream().filter(u -> firstLevel.get(u).equals(list2017.get(u)))
                .count();
        assertEquals(1_911, listed, "of 1,934 first-level units, 1,911 were already in the 2017 list");
        assertEquals(1_853, sameDistrict, "and 97 % of those in the same district");
    }

    @Test
    void firstLevelTypologiesAreInferredOnEveryRecord() {
        Inventory inv = ReferenceInventory.load(ECUADOR, CATALOGUE);
        List<Establishment> firstLevel = inv.establishments().stream()
                .filter(e -> e.source().equals("msp-first-level-2023")).toList();
        assertEquals(1_934 - 9, firstLevel.size(), "1,934 units less 9 administrative or occupational ones");
        assertTrue(firstLevel.stream().allMatch(e -> e.typologyStatus() == Provenance.Status.INFERRED
                && e.staffStatus() == null && e.capacityStatus() == null));
    }
}
