package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPrettyPrinterProperties {
    /** A document: an object whose contents the moves drive ({@link JsonMoves#play}; moves 0-6). */
    private static String write(List<Integer> moves, PrettyPrinter printer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonMoves.MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            if (printer != null) {
                g.setPrettyPrinter(printer);
            }
            JsonStream j = new JsonStream(g);
            j.startObject();
            JsonMoves.play(j, moves);
            j.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheBytesOfJacksonsDefaultPrettyPrinter() {
        qt().withExamples(3_000).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 120))
                .checkAssert(moves -> assertEquals(write(moves, null), write(moves, new ReportPrettyPrinter()),
                        moves.toString()));
    }

    @Test
    void writesNestingDeeperThanItsMadeLevelsAsTheDefaultPrinterDoes() {
        List<Integer> deep = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            deep.add(i % 2);
            deep.add(2);
            deep.add(3);
        }
        String expected = write(deep, null);

        assertEquals(expected, write(deep, new ReportPrettyPrinter()));
        assertEquals("{\n  \"f0\" : {\n    \"f1\" : \"text", expected.substring(0, 29));
    }
}
