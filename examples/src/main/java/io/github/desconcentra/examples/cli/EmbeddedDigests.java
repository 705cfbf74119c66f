package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of the embedded inputs that {@code run} names in its report: the reference territory's and reference
 * inventory's files, the default unit costs and the embedded standards.
 *
 * <p>They are the same bytes in every run of a given jar, and hashing their 4 MB under the launcher's C1-only
 * compiler was on {@code run}'s start path, so the build hashes them once, right after copying them among the classes
 * ({@link #main(String[])}, run by the examples module's build in {@code process-classes}), into {@value #RESOURCE}
 * (one {@code <hex>  <name>} line per resource, as {@code sha256sum} writes them: {@code sha256sum -c} in the classes
 * folder checks it). {@link #recorded()} reads that file; without it (a build that did not write it) {@code run}
 * hashes the resources as before. {@code EmbeddedDigestsTest} checks, in every build, that the file holds exactly the
 * digests of the resources on the class path, so the report's checksums stay those of the bytes the run read.
 */
final class EmbeddedDigests {
    /** The resource the build writes, beside this class. */
    static final String RESOURCE = "embedded-digests.txt";
    /** The default unit costs. */
    static final String UNIT_COSTS = "io/github/desconcentra/costing/unit_costs.csv";
    /** The files of the embedded reference territory the checksums name. */
    static final List<String> TERRITORY_FILES = List.of(TerritoryCsv.TERRITORY, TerritoryCsv.PARISHES,
            TerritoryCsv.ZONES, TerritoryCsv.DISTRICTS, TerritoryCsv.CIRCUITS, TerritoryCsv.PROJECTIONS,
            TerritoryCsv.AGE_SHARES);

    private EmbeddedDigests() {
    }

    /** The files of a sector's standards whose checksums a run records. */
    static List<String> standardsFiles(Sector s) {
        return List.of(s.id() + ".drl", "parameters.csv", "typologies.csv");
    }

    /** The files of the embedded reference inventory, in a fixed order. */
    static List<String> referenceInventoryFiles() {
        List<String> files = new ArrayList<>();
        for (String r : ReferenceInventory.REGISTRIES) {
            files.add(r + ".csv");
            files.add(r + "_excluded.csv");
            files.add(r + "_rejected.csv");
        }
        files.add(ReferenceInventory.SOURCES);
        return files;
    }

    /**
     * The class-path names of the embedded inputs a run may name: with the reference territory its files and those of
     * the reference inventory, always the default unit costs and every sector's standards.
     */
    static List<String> names(boolean referenceTerritory) {
        List<String> names = new ArrayList<>();
        if (referenceTerritory) {
            for (String f : TERRITORY_FILES) {
                names.add(ReferenceTerritory.RESOURCE_FOLDER + "/" + f);
            }
            for (String f : referenceInventoryFiles()) {
                names.add(ReferenceInventory.FOLDER + "/" + f);
            }
        }
        names.add(UNIT_COSTS);
        for (Sector s : Sector.values()) {
            for (String f : standardsFiles(s)) {
                names.add(StandardsEngine.RESOURCE_FOLDER + "/" + s.id() + "/" + f);
            }
        }
        return names;
    }

    /** The digests of the named resources, hashed now, by name. */
    static Map<String, String> computed(List<String> names) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String name : names) {
            digests.put(name, sha256(resource(name)));
        }
        return digests;
    }

    /**
     * The digests the build recorded, by resource name, or null when the build wrote none (then they are hashed at run
     * time).
     *
     * @throws UncheckedIOException when the recorded file cannot be read or a line is not {@code <64 hex>  <name>}
     */
    static Map<String, String> recorded() {
        try (InputStream in = EmbeddedDigests.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Map<String, String> digests = new TreeMap<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                if (line.length() < 67 || !line.startsWith("  ", 64) || !isHex(line, 64)) {
                    throw new IOException(RESOURCE + " line " + n + " is not \"<sha-256 in hex>  <resource>\": \""
                            + line + "\"");
                }
                digests.put(line.substring(66), line.substring(0, 64));
            }
            return digests;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's checksums of the embedded inputs: "
                    + e.getMessage(), e);
        }
    }

    /** True when the first {@code n} characters are lower-case hexadecimal digits. */
    private static boolean isHex(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The text of {@value #RESOURCE} for these digests: one {@code <hex>  <name>} line each, sorted by name. */
    static String text(Map<String, String> digests) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(digests).forEach((name, hex) -> b.append(hex).append("  ").append(name).append('\n'));
        return b.toString();
    }

    /**
     * Writes {@value #RESOURCE} for every embedded input a run may name (the build puts it among the classes).
     *
     * @param args the file to write
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text(computed(names(true))), StandardCharsets.UTF_8);
    }

    /** The bytes of an embedded resource. */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = EmbeddedDigests.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing embedded resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The SHA-256 of some bytes, in lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
