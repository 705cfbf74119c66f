package io.github.desconcentra.examples.cli;

import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The folder a command writes into, checked and created <em>before</em> any work is done, so a folder that cannot be
 * written is said at once (exit 2) rather than after minutes of evaluation: an existing file, a device such as
 * {@code /dev/null}, a path under {@code /proc}, a symbolic link loop, a name too long, a read-only place.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /** An output path that cannot be used: a usage or environment error (exit 2), not bad input. */
    static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Checks and creates the folder named by an option.
     *
     * @param option the option or parameter that named it, e.g. {@code --out}, for the message
     * @return the folder
     * @throws Unusable naming the option, the path and what is wrong
     */
    static Path prepare(String option, Path dir) {
        try {
            if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
                // Following it fails: say whether it loops or points to nothing.
                try {
                    Files.readAttributes(dir, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    throw unusable(option, dir, "is a symbolic link to nothing", e);
                }
            }
            if (Files.exists(dir)) {
                BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
                if (!a.isDirectory()) {
                    throw unusable(option, dir, a.isRegularFile() ? "is an existing file, not a folder"
                            : "is not a folder (a device, pipe or other special file)", null);
                }
            } else {
                Files.createDirectories(dir);
            }
            Path probe = Files.createTempFile(dir, ".desconcentra-", ".probe");
            Files.delete(probe);
            return dir;
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw unusable(option, dir, "cannot be used as the output folder: " + reason(e), e);
        }
    }

    /** One line for an I/O failure on a path, naming the path and what is wrong. */
    static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": "
                    + reason((Exception) t);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "something that is not a folder is in the way (an existing file or a symbolic link loop)";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot be created there (no such file or directory)";
        }
        return InputFiles.cause(e);
    }

    private static Unusable unusable(String option, Path dir, String message, Throwable cause) {
        return new Unusable(option + " " + dir + ": " + message, cause);
    }
}
