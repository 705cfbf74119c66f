package io.github.desconcentra.territory.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files of a territory folder come from: a directory on disk or a folder of classpath resources.
 */
public interface TerritorySource {

    /** A name for messages, e.g. the directory path. */
    String name();

    /**
     * Opens one file of the folder.
     *
     * @param fileName e.g. {@code parishes.csv}
     * @return the stream, or empty when the folder has no such file
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    Optional<InputStream> open(String fileName);

    /** A directory on disk. */
    static TerritorySource directory(Path dir) {
        return new TerritorySource() {
            @Override
            public String name() {
                return dir.toString();
            }

            @Override
            public Optional<InputStream> open(String fileName) {
                Path file = dir.resolve(fileName);
                try {
                    return Optional.of(Files.newInputStream(file));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * A folder of classpath resources, e.g. {@code io/github/desconcentra/territory/reference/ecuador-2022}.
     */
    static TerritorySource classpath(String folder, ClassLoader loader) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return new TerritorySource() {
            @Override
            public String name() {
                return "classpath:" + prefix;
            }

            @Override
            public Optional<InputStream> open(String fileName) {
                return Optional.ofNullable(loader.getResourceAsStream(prefix + fileName));
            }
        };
    }
}
