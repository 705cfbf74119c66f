package io.github.desconcentra.territory.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.desconcentra.territory.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Reads fields of a Jackson tree, adding a problem located by JSON pointer (e.g. {@code /parishes/12/population})
 * and returning null when a field is missing or bad. Internal.
 */
public final class JsonFields {
    private final String file;
    private final List<Problem> problems;

    /** Reads fields of {@code file}, reporting to {@code problems}. */
    public JsonFields(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Adds a problem at a pointer. */
    public void problem(String pointer, String value, String message) {
        problems.add(new Problem(file, 0, pointer, value, message));
    }

    /** A required text field parsed by {@code parser}. */
    public <T> T text(JsonNode node, String pointer, String field, Function<String, T> parser) {
        JsonNode v = node.get(field);
        String at = pointer + "/" + field;
        if (v == null || v.isNull()) {
            problem(at, "", "is missing");
            return null;
        }
        if (!v.isTextual()) {
            problem(at, abbreviated(v), "must be a string, not " + kind(v));
            return null;
        }
        try {
            return parser.apply(v.asText());
        } catch (RuntimeException e) {
            problem(at, v.asText(), e.getMessage() == null ? "invalid value" : e.getMessage());
            return null;
        }
    }

    /** A required text element of an array, parsed by {@code parser}. */
    public <T> T element(JsonNode array, String pointer, int index, Function<String, T> parser) {
        JsonNode v = array.get(index);
        String at = pointer + "/" + index;
        if (v == null || !v.isTextual()) {
            problem(at, v == null ? "" : v.toString(), "must be a string");
            return null;
        }
        try {
            return parser.apply(v.asText());
        } catch (RuntimeException e) {
            problem(at, v.asText(), e.getMessage() == null ? "invalid value" : e.getMessage());
            return null;
        }
    }

    /** An optional text field parsed by {@code parser}; null when absent, null or empty. */
    public <T> T optionalText(JsonNode node, String pointer, String field, Function<String, T> parser) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isEmpty()) {
            return null;
        }
        return text(node, pointer, field, parser);
    }

    /** A required whole number not below 0 and not above {@link Cells#MAX_COUNT}; {@code 12.0} counts as 12. */
    public Long count(JsonNode node, String pointer, String field) {
        BigDecimal d = number(node, pointer, field, true, "a whole number");
        if (d == null) {
            return null;
        }
        try {
            return Cells.count(d);
        } catch (IllegalArgumentException e) {
            problem(pointer + "/" + field, node.get(field).toString(), e.getMessage());
            return null;
        }
    }

    /** A required integer. */
    public Integer integer(JsonNode node, String pointer, String field) {
        BigDecimal d = number(node, pointer, field, true, "a whole number");
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            problem(pointer + "/" + field, node.get(field).toString(), "must be a whole number");
            return null;
        }
    }

    /** An optional finite number; null when absent. */
    public Double optionalNumber(JsonNode node, String pointer, String field) {
        BigDecimal d = number(node, pointer, field, false, "a finite number");
        return d == null ? null : d.doubleValue();
    }

    /** An optional decimal number; null when absent. */
    public BigDecimal optionalDecimal(JsonNode node, String pointer, String field) {
        return number(node, pointer, field, false, "a decimal number");
    }

    /**
     * A field that must be a JSON number (a string, object, array or boolean is a problem, never converted), within
     * the bounds of {@link Cells#parseDecimal}; null when absent (with a problem when required) or bad.
     */
    private BigDecimal number(JsonNode node, String pointer, String field, boolean required, String what) {
        JsonNode v = node.get(field);
        String at = pointer + "/" + field;
        if (v == null || v.isNull()) {
            if (required) {
                problem(at, "", "is missing");
            }
            return null;
        }
        if (!v.isNumber()) {
            problem(at, abbreviated(v), "must be " + what + ", not " + kind(v));
            return null;
        }
        try {
            return Cells.checkDecimal(v.decimalValue());
        } catch (IllegalArgumentException | ArithmeticException e) {
            problem(at, v.toString(), e.getMessage());
            return null;
        }
    }

    /** The JSON type of a node in words: "a string", "an object", "an array", "a boolean", "a number". */
    public static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        return v.isNumber() ? "a number" : "a " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A node as written, cut to 80 characters for messages. */
    public static String abbreviated(JsonNode v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** A required array; an empty node when missing (with a problem) or wrong. */
    public JsonNode array(JsonNode node, String pointer, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(pointer + "/" + field, "", "is missing");
            }
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            problem(pointer + "/" + field, v.getNodeType().toString(), "must be an array");
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return v;
    }

    /** Checks an array element is an object. */
    public boolean isObject(JsonNode node, String pointer) {
        if (!node.isObject()) {
            problem(pointer, node.toString(), "must be an object");
            return false;
        }
        return true;
    }
}
