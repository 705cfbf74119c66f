package io.github.desconcentra.territory;

/**
 * The shapes of the unit codes, checked character by character: every code of every territory row and inventory
 * record is checked, and a regular expression per check (a matcher and its state per call) was a visible part of
 * loading the reference territory under the launcher's C1-only compiler. Each method gives what the regular expression
 * in its Javadoc gives ({@code \d} is an ASCII digit, as in {@link java.util.regex.Pattern} by default); a property
 * test compares the two. Null has no shape.
 */
final class CodeShape {
    private CodeShape() {
    }

    /** {@code [A-Z]{2}}. */
    static boolean nation(String s) {
        return s != null && s.length() == 2 && upper(s.charAt(0)) && upper(s.charAt(1));
    }

    /** {@code \d{2}}. */
    static boolean province(String s) {
        return s != null && s.length() == 2 && digits(s, 0, 2);
    }

    /** {@code \d{4}}. */
    static boolean canton(String s) {
        return s != null && s.length() == 4 && digits(s, 0, 4);
    }

    /** {@code \d{6}}. */
    static boolean parish(String s) {
        return s != null && s.length() == 6 && digits(s, 0, 6);
    }

    /** {@code Z[1-9]\d?}. */
    static boolean zone(String s) {
        return s != null && (s.length() == 2 || s.length() == 3) && s.charAt(0) == 'Z' && s.charAt(1) >= '1'
                && s.charAt(1) <= '9' && digits(s, 2, s.length());
    }

    /** {@code \d{2}D\d{2}}. */
    static boolean district(String s) {
        return s != null && s.length() == 5 && district(s, 0);
    }

    /** {@code \d{2}D\d{2}C\d{2,3}|000C\d{2}}. */
    static boolean circuit(String s) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        if (n == 6) {
            return s.startsWith("000C") && digits(s, 4, 6);
        }
        return (n == 8 || n == 9) && district(s, 0) && s.charAt(5) == 'C' && digits(s, 6, n);
    }

    private static boolean district(String s, int from) {
        return digits(s, from, from + 2) && s.charAt(from + 2) == 'D' && digits(s, from + 3, from + 5);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
