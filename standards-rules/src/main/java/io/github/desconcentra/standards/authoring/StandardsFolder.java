package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder of editable standards: one sub-folder per sector ({@code health/}, {@code education/}, …) holding
 * {@code <sector>.drl}, {@code parameters.csv}, {@code typologies.csv} and optionally {@code tests/*.json}. A folder
 * may hold only some sectors: the others come from the embedded standards.
 */
public final class StandardsFolder {
    /** The folder of scenario tests inside a sector folder. */
    public static final String TESTS = "tests";

    private StandardsFolder() {
    }

    /** The file names of a sector's standards. */
    public static List<String> files(Sector s) {
        return List.of(s.id() + ".drl", Catalogue.PARAMETERS, Catalogue.TYPOLOGIES);
    }

    /** The embedded file of a sector, if any. */
    public static Optional<InputStream> embedded(Sector s, String file) {
        return Optional.ofNullable(StandardsFolder.class.getClassLoader().getResourceAsStream(
                StandardsEngine.RESOURCE_FOLDER + "/" + s.id() + "/" + file));
    }

    /**
     * Writes the embedded standards as editable files, with the embedded scenario tests.
     *
     * @return the files written
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> export(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            for (Sector s : Sector.values()) {
                Path folder = dir.resolve(s.id());
                Files.createDirectories(folder.resolve(TESTS));
                for (String f : files(s)) {
                    try (InputStream in = embedded(s, f).orElseThrow()) {
                        Files.write(folder.resolve(f), in.readAllBytes());
                        written.add(folder.resolve(f));
                    }
                }
                Optional<InputStream> tests = embedded(s, TESTS + "/" + s.id() + ".json");
                if (tests.isPresent()) {
                    try (InputStream in = tests.get()) {
                        Path t = folder.resolve(TESTS).resolve(s.id() + ".json");
                        Files.write(t, in.readAllBytes());
                        written.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the standards to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The sectors a folder replaces: those with a sub-folder. */
    public static List<Sector> sectorsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(Problem.of(dir.toString(), "no such standards folder"));
        }
        List<Sector> list = new ArrayList<>();
        for (Sector s : Sector.values()) {
            if (Files.isDirectory(dir.resolve(s.id()))) {
                list.add(s);
            }
        }
        return list;
    }
}
