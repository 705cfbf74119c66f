package io.github.desconcentra.territory;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritoryJson;
import io.github.desconcentra.territory.io.TerritorySource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TerritoryFuzzProperties {
    private static final List<Map<String, byte[]>> FOLDERS = new ArrayList<>();
    private static final List<byte[]> DOCUMENTS = new ArrayList<>();
    private static long before;

    @BeforeAll
    static void corpus() throws IOException {
        before = Fuzz.cases();
        Gen<TerritoryData> gen = TerritoryGenerators.validTerritories();
        List<TerritoryData> samples = new ArrayList<>();
        qt().withExamples(12).withFixedSeed(7).forAll(gen).checkAssert(samples::add);
        for (TerritoryData d : samples) {
            Path dir = Files.createTempDirectory("fuzz");
            TerritoryCsv.write(d, dir);
            Map<String, byte[]> files = new HashMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                    Files.delete(p);
                }
            }
            Files.delete(dir);
            FOLDERS.add(files);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TerritoryJson.write(d, out);
            DOCUMENTS.add(out.toByteArray());
        }
    }

    @AfterAll
    static void count() {
        Fuzz.report("territory folders and documents", before);
    }

    private static TerritorySource memory(Map<String, byte[]> files) {
        return new TerritorySource() {
            @Override
            public String name() {
                return "memory";
            }

            @Override
            public Optional<InputStream> open(String fileName) {
                byte[] b = files.get(fileName);
                return b == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(b));
            }
        };
    }

    @Test
    void brokenTerritoryFoldersOnlyEverRaiseInputException() {
        qt().withExamples(3_000).forAll(integers().between(0, FOLDERS.size() - 1), integers().between(0, 11),
                integers().all()).checkAssert((folder, fileIndex, seed) -> {
                    Map<String, byte[]> files = new HashMap<>(FOLDERS.get(folder));
                    List<String> names = files.keySet().stream().sorted().toList();
                    String name = names.get(fileIndex % names.size());
                    Fuzz.Mutant m = Fuzz.mutateCsv(files.get(name), new java.util.Random(seed));
                    files.put(name, m.bytes());
                    Fuzz.expectOnlyInputException(new Fuzz.Mutant(m.bytes(), name + ": " + m.how()),
                            () -> Territory.of(TerritoryCsv.read(memory(files))));
                });
    }

    @Test
    void brokenTerritoryDocumentsOnlyEverRaiseInputException() {
        qt().withExamples(2_500).forAll(integers().between(0, DOCUMENTS.size() - 1), integers().all())
                .checkAssert((doc, seed) -> {
                    Fuzz.Mutant m = Fuzz.mutateJson(DOCUMENTS.get(doc), new java.util.Random(seed));
                    Fuzz.expectOnlyInputException(m, () -> Territory.of(TerritoryJson.read("t.json",
                            new ByteArrayInputStream(m.bytes()))));
                });
    }
}
