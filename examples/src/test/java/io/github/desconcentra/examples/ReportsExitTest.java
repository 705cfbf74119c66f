package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process ended by a termination signal (an interrupt, {@code kill}) while its reports' first stage waits for the
 * plan leaves no hidden file in the output folder: the first stage's shutdown hook removes them.
 */
class ReportsExitTest {
    @Test
    void aProcessEndedBeforeItsReportsAreFinishedLeavesNoHiddenFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReportsExitProbe.class.getName(), out.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            assertTrue(line != null && line.startsWith("started"), "the probe started its reports: " + line);
            assertEquals(8, ReportsExitProbe.hidden(out), "seven hidden first-stage files and the workbook's");
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe ends on a termination signal");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, ReportsExitProbe.hidden(out), "the shutdown hook removed every hidden file");
    }
}
