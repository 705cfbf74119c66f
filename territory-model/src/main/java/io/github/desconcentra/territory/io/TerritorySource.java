package io.github.desconcentra.territory.io;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * A directory on disk. Files are checked before they are opened: a folder, pipe, device or socket in place of a
     * file, or a file larger than {@link CsvTable#MAX_BYTES}, cannot be read (nothing blocks or reads without end).
     */
    static TerritorySource directory(Path dir) {
        return new TerritorySource() {
            @Override
            public String name() {
                return dir.toString();
            }

            @Override
            public Optional<InputStream> open(String fileName) {
                Path file = dir.resolve(fileName);
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(InputFiles.open(file, CsvTable.MAX_BYTES));
                } catch (InputException e) {
                    String message = e.problems().get(0).message();
                    throw new UncheckedIOException(message, new IOException(file + ": " + message));
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
