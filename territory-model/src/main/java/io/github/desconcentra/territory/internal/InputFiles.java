package io.github.desconcentra.territory.internal;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way Desconcentra opens an input file or folder named by a path. Everything is checked <em>before</em>
 * anything is opened or read: the path must name a regular file (a folder, a pipe or FIFO, a device or a socket is
 * refused, so nothing ever blocks waiting for a writer or reads an endless device), and the file must not be larger
 * than the limit (so a sparse 3 GB file is refused by its size, not by running out of memory). Every refusal is an
 * {@link InputException} whose one problem names the path and what is wrong with it. Internal.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Checks that {@code file} is a regular file of at most {@code maxBytes} bytes.
     *
     * @return its size in bytes
     * @throws InputException naming the path and what is wrong
     */
    public static long check(Path file, long maxBytes) {
        BasicFileAttributes a = attributes(file);
        if (a.isDirectory()) {
            throw refused(file, "is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw refused(file, "is not a regular file (a pipe, device or socket): save its content to a file and"
                    + " name that file");
        }
        if (a.size() > maxBytes) {
            throw refused(file, "is " + String.format(Locale.ROOT, "%,d", a.size()) + " bytes, more than the "
                    + String.format(Locale.ROOT, "%,d", maxBytes) + " a file may have");
        }
        return a.size();
    }

    /**
     * Checks that {@code dir} is a folder.
     *
     * @throws InputException naming the path and what is wrong
     */
    public static void checkFolder(Path dir) {
        if (!attributes(dir).isDirectory()) {
            throw refused(dir, "is not a folder");
        }
    }

    /**
     * Opens a checked file (see {@link #check}); the stream also stops with an {@link IOException} past
     * {@code maxBytes}, should the file grow while it is read.
     *
     * @throws InputException naming the path and what is wrong
     */
    public static InputStream open(Path file, long maxBytes) {
        check(file, maxBytes);
        try {
            return new CsvTable.Limited(Files.newInputStream(file), maxBytes);
        } catch (IOException e) {
            throw refused(file, reason(e));
        }
    }

    /**
     * Reads a checked file (see {@link #check}) whole.
     *
     * @throws InputException naming the path and what is wrong
     */
    public static byte[] readAllBytes(Path file, long maxBytes) {
        try (InputStream in = open(file, maxBytes)) {
            return in.readAllBytes();
        } catch (CsvTable.Limited.TooLarge e) {
            throw refused(file, "grew past " + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes while it was"
                    + " read");
        } catch (IOException e) {
            throw refused(file, reason(e));
        }
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(path)) {
                throw refused(path, "is a symbolic link to nothing (" + target(path) + ")");
            }
            throw refused(path, "no such file or folder");
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw refused(path, reason(e));
        }
    }

    private static String target(Path link) {
        try {
            return "it points to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "its target is missing";
        }
    }

    /**
     * Why an input path cannot be read, in words: "no such file or folder", or "cannot be read: " and the
     * {@link #cause}.
     */
    public static String reason(Exception e) {
        return e instanceof NoSuchFileException ? "no such file or folder" : "cannot be read: " + cause(e);
    }

    /**
     * What an I/O failure on a path means, in words, for reading or writing: "permission denied", "a symbolic link
     * loop", "the name is too long", "a part of the path is not a folder", or the operating system's reason.
     */
    public static String cause(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String r = fs.getReason();
            if (r.contains("Too many levels of symbolic links")) {
                return "a symbolic link loop";
            }
            if (r.contains("File name too long")) {
                return "the name is too long";
            }
            if (r.contains("Not a directory")) {
                return "a part of the path is not a folder";
            }
            return r.toLowerCase(Locale.ROOT);
        }
        if (e instanceof InvalidPathException) {
            return "not a valid path: " + e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static InputException refused(Path path, String message) {
        return new InputException(Problem.of(path.toString(), message));
    }
}
