package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.desconcentra.territory.InputException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    private static String refusal(Path p) {
        // A hang guard only: a refusal is immediate; a FIFO opened for reading would block forever.
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class,
                () -> InputFiles.open(p, 100)).getMessage());
    }

    @Test
    void aPipeIsRefusedBeforeItIsOpenedSoNothingBlocks(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("inventory.csv");
        assumeTrue(io.github.desconcentra.territory.Fuzz.mkfifo(fifo), "mkfifo is not available");
        assertEquals(fifo + ": is not a regular file (a pipe, device or socket): save its content to a file and name"
                + " that file", refusal(fifo));
    }

    @Test
    void devicesFoldersAndMissingFilesAreRefusedWithThePath(@TempDir Path dir) throws Exception {
        assertEquals(dir + ": is a folder, not a file", refusal(dir));
        assertEquals(dir.resolve("nope.csv") + ": no such file or folder", refusal(dir.resolve("nope.csv")));
        if (Files.exists(Path.of("/dev/zero"))) {
            assertEquals("/dev/zero: is not a regular file (a pipe, device or socket): save its content to a file"
                    + " and name that file", refusal(Path.of("/dev/zero")));
        }
        assertEquals(dir.resolve("x".repeat(300)) + ": cannot be read: the name is too long", refusal(dir.resolve("x".repeat(300))));
    }

    @Test
    void symbolicLinkLoopsAndDanglingLinksAreSaid(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("gone.csv"));
        assertEquals(dir.resolve("a") + ": cannot be read: a symbolic link loop", refusal(dir.resolve("a")));
        assertEquals(dir.resolve("dangling") + ": is a symbolic link to nothing (it points to " + dir.resolve("gone.csv")
                + ")", refusal(dir.resolve("dangling")));
    }

    @Test
    void theSizeIsCheckedBeforeReadingSoASparseFileIsNeverLoaded(@TempDir Path dir) throws Exception {
        Path sparse = dir.resolve("standards.csv");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        InputException e = assertThrows(InputException.class, () -> InputFiles.readAllBytes(sparse,
                CsvTable.MAX_BYTES));
        assertEquals(sparse + ": is 3,221,225,472 bytes, more than the 536,870,912 a file may have", e.getMessage());
    }

    @Test
    void aRegularFileWithinTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("ok.csv"), "id\n1\n");
        assertArrayEquals("id\n1\n".getBytes(), InputFiles.readAllBytes(f, 100));
        assertEquals(f + ": is 5 bytes, more than the 4 a file may have", assertThrows(InputException.class,
                () -> InputFiles.check(f, 4)).getMessage());
    }
}
