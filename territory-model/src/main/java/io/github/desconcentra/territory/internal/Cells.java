package io.github.desconcentra.territory.internal;

import io.github.desconcentra.territory.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Parses cells of a {@link CsvTable.Row}, adding a located problem and returning null when a cell is bad. Internal.
 */
public final class Cells {
    private final String file;
    private final List<Problem> problems;

    /** Parses cells of {@code file}, reporting to {@code problems}. */
    public Cells(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Adds a problem at a row and column. */
    public void problem(CsvTable.Row row, String column, String value, String message) {
        problems.add(new Problem(file, row.line(), column, value, message));
    }

    /** A required text cell; null (with a problem) when empty. */
    public String text(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row, column, "", "must not be empty");
            return null;
        }
        return v;
    }

    /** A required cell parsed by {@code parser}; null (with a problem naming the parser's message) when bad. */
    public <T> T parse(CsvTable.Row row, String column, Function<String, T> parser) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row, column, "", "must not be empty");
            return null;
        }
        return parseValue(row, column, v, parser);
    }

    /** An optional cell parsed by {@code parser}; null when empty or bad (bad adds a problem). */
    public <T> T optional(CsvTable.Row row, String column, Function<String, T> parser) {
        String v = row.get(column);
        return v.isEmpty() ? null : parseValue(row, column, v, parser);
    }

    /** Parses a value already taken from a cell. */
    public <T> T parseValue(CsvTable.Row row, String column, String v, Function<String, T> parser) {
        try {
            return parser.apply(v);
        } catch (RuntimeException e) {
            problem(row, column, v, e.getMessage() == null ? "invalid value" : e.getMessage());
            return null;
        }
    }

    /** A required whole number not below 0; null (with a problem) otherwise. */
    public Long count(CsvTable.Row row, String column) {
        return parse(row, column, Cells::parseCount);
    }

    /** Parses a whole number not below 0. */
    public static long parseCount(String v) {
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
        if (n < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        return n;
    }

    /** Parses a finite decimal number (no NaN, no infinity, no exponent beyond what BigDecimal accepts). */
    public static BigDecimal parseDecimal(String v) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number");
        }
    }

    /** Parses a finite double (rejects NaN and infinities). */
    public static double parseFiniteDouble(String v) {
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("must be a finite number");
        }
        return d;
    }
}
