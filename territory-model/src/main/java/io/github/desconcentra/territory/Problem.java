package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * One thing wrong with an input, located as precisely as the input allows.
 *
 * <p>{@link #toString()} renders {@code file:line: column: message (value "v")}, leaving out the parts that are
 * unknown, e.g. {@code parishes.csv:12: population_2022: must be a whole number not below 0 (value "-3")}; a numeric
 * column (a character position, as in DRL files) renders as {@code file:line:column: message}.
 *
 * @param file the file or resource name, never null, empty when the problem is not in a file
 * @param line the 1-based line (or record number for JSON, where {@code column} holds the JSON pointer); 0 when
 *     unknown
 * @param column the column name or JSON pointer, never null, empty when unknown
 * @param value the offending value as written, never null, empty when none
 * @param message what is wrong, never blank
 */
public record Problem(String file, long line, String column, String value, String message) {
    /** @throws IllegalArgumentException when the message is blank */
    public Problem {
        file = file == null ? "" : file;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        Preconditions.requireText(message, "message", "problem");
        Preconditions.check(line >= 0, "line must not be negative: %d", line);
    }

    /** A problem that concerns a whole file, or no file. */
    public static Problem of(String file, String message) {
        return new Problem(file, 0, "", "", message);
    }

    /** The location part, e.g. {@code parishes.csv:12: population_2022}, possibly empty. */
    public String location() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        if (!column.isEmpty() && line > 0 && column.chars().allMatch(Character::isDigit)) {
            b.append(':').append(column);
        } else if (!column.isEmpty()) {
            b.append(b.length() > 0 ? ": " : "").append(column);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        String loc = location();
        StringBuilder b = new StringBuilder();
        if (!loc.isEmpty()) {
            b.append(loc).append(": ");
        }
        b.append(message);
        if (!value.isEmpty()) {
            b.append(" (value \"").append(value.length() > 80 ? value.substring(0, 77) + "..." : value).append("\")");
        }
        return b.toString();
    }
}
