package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON written as a list of moves drives it, for the properties of the report's JSON writing
 * ({@link ReportPrettyPrinterProperties}, {@link RenderedJsonProperties}): 0 opens an object, 1 an array, 2 writes a
 * text, 3 a number, 4 a null, 5 a tree, 7 a text longer than a {@linkplain RenderedJson#PIECE piece}, 6 closes the
 * innermost container the moves opened; in an object, each value but a close is named {@code f0}, {@code f1}, ….
 */
final class JsonMoves {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Longer than a piece, so that a value spans several. */
    private static final String LONG = "x\u00e9\u2013".repeat(RenderedJson.PIECE / 2);

    private JsonMoves() {
    }

    /**
     * Plays moves inside the container the stream has open, then closes every container they opened (not that one).
     */
    static void play(JsonStream j, List<Integer> moves) {
        JsonGenerator g = j.generator();
        int depth = 0;
        int field = 0;
        try {
            for (int move : moves) {
                if (!g.getOutputContext().inArray() && move != 6) {
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
                    case 6 -> {
                        if (depth > 0) {
                            j.end();
                            depth--;
                        }
                    }
                    default -> scalar(g, move);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (depth-- > 0) {
            j.end();
        }
    }

    /**
     * Writes a value driven by moves: the first gives its kind (0 an object, 1 an array, 6 a null, else the scalar
     * {@link #play} writes for it); an object's or array's contents are the other moves played inside it.
     */
    static void value(JsonStream j, List<Integer> moves) {
        int first = moves.get(0);
        if (first == 0 || first == 1) {
            if (first == 0) {
                j.startObject();
            } else {
                j.startArray();
            }
            play(j, moves.subList(1, moves.size()));
            j.end();
            return;
        }
        try {
            if (first == 6) {
                j.generator().writeNull();
            } else {
                scalar(j.generator(), first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the scalar of a move from 2 to 5, or 7. */
    private static void scalar(JsonGenerator g, int move) throws IOException {
        switch (move) {
            case 2 -> g.writeString("text \u00e1\u2013 \"q\"");
            case 3 -> g.writeNumber(new BigDecimal("-12.50"));
            case 4 -> g.writeNull();
            case 5 -> {
                ObjectNode tree = MAPPER.createObjectNode().put("id", "x").put("n", 3);
                tree.putArray("list").add(1).add("two");
                g.writeTree(tree);
            }
            case 7 -> g.writeString(LONG);
            default -> throw new IllegalArgumentException("no such move: " + move);
        }
    }
}
