package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RenderedJsonProperties {
    /** A top-level field: its value driven by moves ({@link JsonMoves#value}), and whether it is rendered beforehand. */
    private record Field(boolean rendered, List<Integer> moves) {
    }

    private static String document(List<Field> fields, boolean renderAny) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonMoves.MAPPER.createGenerator(out, JsonEncoding.UTF8)
                .setPrettyPrinter(new ReportPrettyPrinter())) {
            JsonStream j = new JsonStream(g);
            j.startObject();
            int n = 0;
            for (Field f : fields) {
                String name = "field" + n++;
                if (renderAny && f.rendered()) {
                    j.putRendered(name, ReportJson.render(name, r -> JsonMoves.value(r, f.moves())));
                } else {
                    j.fieldName(name);
                    JsonMoves.value(j, f.moves());
                }
            }
            j.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
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
