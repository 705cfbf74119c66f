package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.TreeNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON document written as it is made, through a Jackson {@link JsonGenerator}, with the calls and the null handling
 * of Jackson's tree ({@code ObjectNode.put}, {@code ArrayNode.add}): a null boxed number, decimal or text is written
 * as {@code null}, every other value as the tree would serialise it, so a writer moved from a tree to this stream
 * writes the same bytes without holding the document. The generator's {@link IOException} is carried as an
 * {@link UncheckedIOException} (so that values can be written from lambdas); the writer unwraps it.
 */
final class JsonStream {
    private final JsonGenerator g;

    JsonStream(JsonGenerator g) {
        this.g = g;
    }

    /** The generator written through. */
    JsonGenerator generator() {
        return g;
    }

    /** Starts an object as the document or as the next element of an array. */
    JsonStream startObject() {
        try {
            g.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an array as the document or as the next element of an array. */
    JsonStream startArray() {
        try {
            g.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a field's name: its value comes next. */
    JsonStream fieldName(String name) {
        try {
            g.writeFieldName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a field whose value was rendered beforehand, at this depth, by the same kind of generator. */
    JsonStream putRendered(String name, RenderedJson value) {
        try {
            g.writeFieldName(name);
            var pieces = value.pieces().iterator();
            g.writeRawValue(pieces.next());
            while (pieces.hasNext()) {
                g.writeRaw(pieces.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an object as the value of a field. */
    JsonStream object(String name) {
        try {
            g.writeObjectFieldStart(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an array as the value of a field. */
    JsonStream array(String name) {
        try {
            g.writeArrayFieldStart(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the innermost open object or array. */
    JsonStream end() {
        try {
            if (g.getOutputContext().inArray()) {
                g.writeEndArray();
            } else {
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a field whose value is null. */
    JsonStream putNull(String name) {
        try {
            g.writeNullField(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, String value) {
        try {
            g.writeFieldName(name);
            text(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, BigDecimal value) {
        try {
            g.writeFieldName(name);
            number(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, BigInteger value) {
        try {
            g.writeFieldName(name);
            if (value == null) {
                g.writeNull();
            } else {
                g.writeNumber(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, int value) {
        try {
            g.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, Integer value) {
        return value == null ? putNull(name) : put(name, value.intValue());
    }

    JsonStream put(String name, long value) {
        try {
            g.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, Long value) {
        return value == null ? putNull(name) : put(name, value.longValue());
    }

    JsonStream put(String name, double value) {
        try {
            g.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, Double value) {
        return value == null ? putNull(name) : put(name, value.doubleValue());
    }

    JsonStream put(String name, float value) {
        try {
            g.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, Float value) {
        return value == null ? putNull(name) : put(name, value.floatValue());
    }

    JsonStream put(String name, boolean value) {
        try {
            g.writeBooleanField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonStream put(String name, Boolean value) {
        return value == null ? putNull(name) : put(name, value.booleanValue());
    }

    /** Writes a field whose value is a small tree made elsewhere (a format shared with another file). */
    JsonStream putTree(String name, TreeNode value) {
        try {
            g.writeFieldName(name);
            g.writeTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a small tree made elsewhere as the next element of an array. */
    JsonStream addTree(TreeNode value) {
        try {
            g.writeTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds text (null written as null) to the array being written. */
    JsonStream add(String value) {
        try {
            text(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a number (null written as null) to the array being written. */
    JsonStream add(BigDecimal value) {
        try {
            number(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a number to the array being written. */
    JsonStream add(int value) {
        try {
            g.writeNumber(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a number to the array being written. */
    JsonStream add(long value) {
        try {
            g.writeNumber(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void text(String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private void number(BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
