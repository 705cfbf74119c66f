package io.github.desconcentra.territory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Random;

/**
 * Breaks input files the ways real exports break (truncation, wrong delimiter, byte-order mark, invalid UTF-8, missing
 * or extra columns, wrong types, empty cells, negative or huge numbers, NaN, duplicate rows, deep nesting) and checks
 * that only the library's {@link InputException} escapes. Shared with the other modules through the test-jar.
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

    /** Runs {@code action}; anything it throws other than {@link InputException} fails the case. */
    public static void expectOnlyInputException(Mutant m, ThrowingRunnable action) {
        CASES.incrementAndGet();
        try {
            action.run();
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
        int op = pick(in, 11);
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
            default -> {
                return flip(original, in);
            }
        }
    }

    /** A mutant of a JSON document, chosen by {@code in}. */
    public static Mutant mutateJson(byte[] original, Random in) {
        String text = new String(original, StandardCharsets.UTF_8);
        int op = pick(in, 6);
        switch (op) {
            case 0 -> {
                int at = pick(in, original.length + 1);
                return new Mutant(java.util.Arrays.copyOf(original, at), "truncated at byte " + at);
            }
            case 1, 2 -> {
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
                String garbage = JSON_GARBAGE[pick(in, JSON_GARBAGE.length)];
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
