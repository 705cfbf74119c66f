package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
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
import org.quicktheories.core.Gen;

class RenderedJsonProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Longer than a piece, so that a value spans several. */
    private static final String LONG = "x\u00e9\u2013".repeat(RenderedJson.PIECE / 2);

    /** A top-level field: its value driven by moves, and whether it is rendered beforehand. */
    private record Field(boolean rendered, List<Integer> moves) {
    }

    /**
     * Writes a value driven by moves: the first gives its kind (0 object, 1 array, 2 text, 3 number, 4 null, 5 tree,
     * 7 a text longer than a piece, 6 a null); in a container, 0 and 1 open an object or array, 2-5 and 7 write values, 6
     * closes the innermost container but the value's own; every container still open is closed at the end.
     */
    private static void value(JsonStream j, JsonGenerator g, List<Integer> moves) throws IOException {
        int depth = 0;
        int field = 0;
        for (int k = 0; k < moves.size(); k++) {
            int move = moves.get(k);
            if (k > 0 && depth == 0) {
                break;
            }
            if (k == 0 && move == 6) {
                g.writeNull();
                break;
            }
            if (depth > 0 && !g.getOutputContext().inArray() && move != 6) {
                g.writeFieldName("f" + field++);
            }
            switch (move) {
                case 0 -> {
                    j.startObject();
                    depth++;
                }
                case 1 -> {
                    j.startArray();
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
                case 7 -> g.writeString(LONG);
                default -> {
                    if (depth > 1) {
                        j.end();
                        depth--;
                    }
                }
            }
        }
        while (depth-- > 0) {
            j.end();
        }
    }

    private static String document(List<Field> fields, boolean renderAny) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)
                .setPrettyPrinter(new ReportPrettyPrinter())) {
            JsonStream j = new JsonStream(g);
            j.startObject();
            int n = 0;
            for (Field f : fields) {
                String name = "field" + n++;
                if (renderAny && f.rendered()) {
                    j.putRendered(name, ReportJson.render(name, r -> {
                        try {
                            value(r, rendererOf(r), f.moves());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                } else {
                    g.writeFieldName(name);
                    value(j, g, f.moves());
                }
            }
            j.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonGenerator rendererOf(JsonStream j) {
        return j.generator();
    }

    @Test
    void aRenderedValueCopiedIntoTheDocumentGivesTheBytesOfWritingItThere() {
        Gen<List<Integer>> moves = lists().of(integers().between(0, 7)).ofSizeBetween(1, 60);
        Gen<Field> field = booleans().all().zip(moves, Field::new);
        qt().withExamples(500).forAll(lists().of(field).ofSizeBetween(1, 6))
                .checkAssert(fields -> assertEquals(document(fields, false), document(fields, true),
                        fields.toString()));
    }
}
