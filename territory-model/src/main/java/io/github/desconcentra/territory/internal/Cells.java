package io.github.desconcentra.territory.internal;

import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Range;
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

    /** True when a row gives any of the optional {@code low,high,range_source} columns. */
    public static boolean hasRange(CsvTable.Row row) {
        return !row.get("low").isEmpty() || !row.get("high").isEmpty() || !row.get("range_source").isEmpty();
    }

    /**
     * The optional {@code low,high,range_source} of a row (the plausible spread of a figure that is not sourced): all
     * three or none, low not above high, and the row's value, when given, within them. Null when the row gives none
     * of them, or (with a problem) when they are incomplete, bad or do not hold the value; tell the two apart with
     * {@link #hasRange}.
     *
     * @param value the row's value, null when it was bad (then it is not compared)
     * @param parser parses {@code low} and {@code high} as the row's value is parsed
     */
    public Range range(CsvTable.Row row, BigDecimal value, Function<String, BigDecimal> parser) {
        if (!hasRange(row)) {
            return null;
        }
        BigDecimal low = parse(row, "low", parser);
        BigDecimal high = parse(row, "high", parser);
        String source = text(row, "range_source");
        if (low == null || high == null || source == null) {
            return null;
        }
        if (low.compareTo(high) > 0) {
            problem(row, "low", row.get("low"), "low must not be above high (" + row.get("high") + ")");
            return null;
        }
        if (value != null && (value.compareTo(low) < 0 || value.compareTo(high) > 0)) {
            problem(row, "value", row.get("value"), "must lie within its range, low " + row.get("low") + " to high "
                    + row.get("high"));
            return null;
        }
        return new Range(low, high, source);
    }

    /** A required whole number not below 0; null (with a problem) otherwise. */
    public Long count(CsvTable.Row row, String column) {
        return parse(row, column, Cells::parseCount);
    }

    /**
     * The largest count accepted (10<sup>12</sup>): no population, capacity or staff figure comes near it, and the
     * sum of up to nine million such counts cannot overflow a {@code long}.
     */
    public static final long MAX_COUNT = 1_000_000_000_000L;
    /** The most characters a number may be written with. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** The most significant digits of a decimal number. */
    public static final int MAX_DIGITS = 34;
    /** The most decimal places of a decimal number. */
    public static final int MAX_DECIMALS = 34;
    /** The most digits before the decimal point: decimal numbers stay below 10<sup>18</sup> in magnitude. */
    public static final int MAX_INTEGER_DIGITS = 18;
    private static final java.util.regex.Pattern NON_FINITE = java.util.regex.Pattern.compile(
            "[+-]?(?i:nan|inf|infinity)");
    private static final java.util.regex.Pattern MANY_DIGITS = java.util.regex.Pattern.compile("[+-]?\\d{19,}");

    /**
     * Parses a whole number not below 0 and not above {@link #MAX_COUNT}. A whole value written with a zero fraction
     * ({@code 12.0}) is that whole number, in CSV as in JSON; {@code 12.5} is refused.
     */
    public static long parseCount(String v) {
        String t = v.trim();
        long n;
        if (isPlainWhole(t)) {
            n = Long.parseLong(t);
        } else if (MANY_DIGITS.matcher(t).matches()) {
            throw new IllegalArgumentException(t.startsWith("-") ? "must not be negative" : "must not be above "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_COUNT));
        } else {
            BigDecimal d;
            try {
                d = parseDecimal(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
            return count(d);
        }
        return checkCount(n);
    }

    /**
     * Checks that a number (as read from JSON) is a whole number within the bounds of {@link #parseCount}.
     *
     * @throws IllegalArgumentException naming the bound that is broken
     */
    public static long count(BigDecimal d) {
        checkDecimal(d);
        long n;
        try {
            n = d.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
        return checkCount(n);
    }

    private static long checkCount(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (n > MAX_COUNT) {
            throw new IllegalArgumentException("must not be above " + String.format(java.util.Locale.ROOT, "%,d",
                    MAX_COUNT));
        }
        return n;
    }

    /**
     * Parses a finite decimal number within bounds checked before any arithmetic: at most {@link #MAX_NUMBER_CHARS}
     * characters, {@link #MAX_DIGITS} significant digits, {@link #MAX_DECIMALS} decimal places and
     * {@link #MAX_INTEGER_DIGITS} digits before the point (so {@code 1e-999999} or {@code 1e999999} are refused at
     * once rather than expanded by the arithmetic that follows).
     */
    public static BigDecimal parseDecimal(String v) {
        String t = v.trim();
        if (t.length() > MAX_NUMBER_CHARS) {
            throw new IllegalArgumentException("is written with more than " + MAX_NUMBER_CHARS + " characters");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number");
        }
        return checkDecimal(d);
    }

    /**
     * Checks the bounds of {@link #parseDecimal} on a number already parsed (e.g. by the JSON reader).
     *
     * @throws IllegalArgumentException naming the bound that is broken
     */
    public static BigDecimal checkDecimal(BigDecimal d) {
        if (d.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("has more than " + MAX_DECIMALS + " decimal places");
        }
        if ((long) d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("must be below 10^" + MAX_INTEGER_DIGITS + " in magnitude");
        }
        if (d.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException("has more than " + MAX_DIGITS + " significant digits");
        }
        return d;
    }

    /**
     * {@code [+-]?\d+(\.\d+)?} with at most 18 digits, without a regular expression: most coordinates are written
     * so, and such a number is within every bound of {@link #parseDecimal}.
     */
    private static boolean isPlainDecimal(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
        int digits = 0;
        int point = -1;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && point < 0 && i > start && i < t.length() - 1) {
                point = i;
            } else {
                return false;
            }
        }
        return digits >= 1 && digits <= 18;
    }

    /** {@code [+-]?\d{1,18}} without a regular expression: most cells read are such counts. */
    private static boolean isPlainWhole(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
        int digits = t.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a finite number written in decimal notation (no NaN, no infinity, no hexadecimal or {@code f}/{@code d}
     * suffix), within the bounds of {@link #parseDecimal}.
     */
    public static double parseFiniteDouble(String v) {
        String t = v.trim();
        if (isPlainDecimal(t)) {
            // What parseDecimal(t).doubleValue() gives: both round the exact decimal correctly, and a decimal number
            // has no negative zero.
            double d = Double.parseDouble(t);
            return d == 0 ? 0.0 : d;
        }
        // Only a word can be NaN or infinity: numbers end in a digit or a point, and skip the regular expression.
        if (!t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1)) && NON_FINITE.matcher(t).matches()) {
            throw new IllegalArgumentException("must be a finite number");
        }
        try {
            return parseDecimal(t).doubleValue();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().equals("must be a decimal number") ? "must be a number"
                    : e.getMessage());
        }
    }
}
