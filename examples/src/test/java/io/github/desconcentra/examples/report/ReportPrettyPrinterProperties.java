package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPrettyPrinterProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes a document driven by a list of moves: 0 opens an object field, 1 an array field (or an array element
     * when in an array), 2 a text, 3 a number, 4 a null, 5 a tree, 6 closes the innermost container (but not the document's); every container
     * still open is closed at the end.
     */
    private static String write(List<Integer> moves, PrettyPrinter printer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            if (printer != null) {
                g.setPrettyPrinter(printer);
            }
            JsonStream containers = new JsonStream(g);
            g.writeStartObject();
            int depth = 1;
            int field = 0;
            for (int move : moves) {
                if (!g.getOutputContext().inArray() && move != 6) {
                    g.writeFieldName("f" + field++);
                }
                switch (move) {
                    case 0 -> {
                        g.writeStartObject();
                        depth++;
                    }
                    case 1 -> {
                        g.writeStartArray();
                        depth++;
                    }
                    case 2 -> g.writeString("text \u00e1\u2013 \"q\"");
                    case 3 -> g.writeNumber(new BigDecimal("-12.50"));
                    case 4 -> g.writeNull();
                    case 5 -> {
                        ObjectNode tree = MAPPER.createObjectNode().put("id", "x").put("n", 3);
                        tree.putArray("list").add(1).add("two");
                        g.writeTree(tree);
                    }
                    default -> {
                        if (depth > 1) {
                            containers.end();
                            depth--;
                        }
                    }
                }
            }
            while (depth-- > 0) {
                containers.end();
            }
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
