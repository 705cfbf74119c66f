package io.github.desconcentra.territory.internal;

/**
 * Precondition checks whose messages name the offending value. Internal: not part of the public API.
 */
public final class Preconditions {
    private Preconditions() {
    }

    /** Throws {@link NullPointerException} naming {@code what} when {@code value} is null. */
    public static <T> T requireNonNull(T value, String what) {
        // No message supplier: a capturing lambda is allocated at every call, and records call this per field.
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        return value;
    }

    /** Throws {@link IllegalArgumentException} with the formatted message when {@code condition} is false. */
    public static void check(boolean condition, String format, Object... args) {
        if (!condition) {
            throw failure(format, args);
        }
    }

    /**
     * The {@link IllegalArgumentException} {@link #check} throws, for a caller that tests the condition itself:
     * {@code if (bad) { throw Preconditions.failure(...); }} boxes the message's arguments only on failure, where
     * {@code check(!bad, ...)} boxes them at every call (checks on the hot path: every requirement, gap, parish).
     */
    public static IllegalArgumentException failure(String format, Object... args) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }

    /**
     * Checks a code's shape, already tested by the caller ({@code shaped}, false for null); the message names the kind
     * of code and the value. Null is refused as {@link #requireNonNull} refuses it.
     */
    public static String requireShape(String value, boolean shaped, String what, String expected) {
        requireNonNull(value, what);
        if (!shaped) {
            throw new IllegalArgumentException(what + " must be " + expected + ": \"" + value + "\"");
        }
        return value;
    }

    /** Checks that a count is not negative; the message names the count and its owner. */
    public static long requireNonNegative(long value, String what, Object owner) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value + " (" + owner + ")");
        }
        return value;
    }

    /** Checks that a name is present and not blank. */
    public static String requireText(String value, String what, Object owner) {
        if (value == null) {
            // The message is made only on failure: a requirement checks three texts, millions at 100 x Ecuador.
            requireNonNull(null, what + " of " + owner);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank (" + owner + ")");
        }
        return value;
    }
}
