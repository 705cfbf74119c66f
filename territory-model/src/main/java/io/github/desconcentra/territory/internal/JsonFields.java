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
            problem(at, v.toString(), "must be a string");
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

    /** A required whole number not below 0. */
    public Long count(JsonNode node, String pointer, String field) {
        JsonNode v = node.get(field);
        String at = pointer + "/" + field;
        if (v == null || v.isNull()) {
            problem(at, "", "is missing");
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            problem(at, v.toString(), "must be a whole number");
            return null;
        }
        if (v.asLong() < 0) {
            problem(at, v.toString(), "must not be negative");
            return null;
        }
        return v.asLong();
    }

    /** A required integer. */
    public Integer integer(JsonNode node, String pointer, String field) {
        JsonNode v = node.get(field);
        String at = pointer + "/" + field;
        if (v == null || v.isNull()) {
            problem(at, "", "is missing");
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problem(at, v.toString(), "must be a whole number");
            return null;
        }
        return v.asInt();
    }

    /** An optional finite number; null when absent. */
    public Double optionalNumber(JsonNode node, String pointer, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problem(pointer + "/" + field, v.toString(), "must be a finite number");
            return null;
        }
        return v.asDouble();
    }

    /** An optional decimal (number or numeric string); null when absent. */
    public BigDecimal optionalDecimal(JsonNode node, String pointer, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            if (v.isNumber()) {
                return v.decimalValue();
            }
            if (v.isTextual()) {
                return Cells.parseDecimal(v.asText());
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problem(pointer + "/" + field, v.toString(), "must be a decimal number");
        return null;
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
