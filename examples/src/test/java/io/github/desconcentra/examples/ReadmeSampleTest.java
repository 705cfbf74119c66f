package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "A taste of the API" is the program the consumer test builds and runs in an embedder's project
 * (src/consumer-test/readme-sample, run by {@code mvn verify}): the two never drift apart.
 */
class ReadmeSampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SAMPLE = Path.of("src", "consumer-test", "readme-sample", "src", "main", "java",
            "example", "TasteOfTheApi.java");

    static List<String> readmeBlock() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int heading = lines.indexOf("## A taste of the API");
        int start = lines.subList(heading, lines.size()).indexOf("```java") + heading + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        return lines.subList(start, end);
    }

    static List<String> sampleBody() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        int start = lines.indexOf("        // README: begin") + 1;
        int end = lines.indexOf("        // README: end");
        return lines.subList(start, end).stream().map(l -> l.isEmpty() ? l : l.substring(8)).toList();
    }

    @Test
    void theReadmeSampleIsTheConsumerTestsProgram() throws IOException {
        assertEquals(String.join("\n", sampleBody()), String.join("\n", readmeBlock()));
    }
}
