package io.github.desconcentra.territory.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case identifiers that enums use in files ({@code urban_seat}, {@code needs_repair}). Internal. */
public final class Ids {
    private Ids() {
    }

    /** The identifier of a constant: its name in lower case. */
    public static String of(Enum<?> e) {
        return IDS.get(e.getDeclaringClass())[e.ordinal()];
    }

    /**
     * The identifier of a constant named {@code name}: the name in lower case. For an enum that keeps its identifier in
     * a field of each constant (set in its constructor, where {@link #of(Enum)} cannot yet see the constants), which
     * the report writers ask for on every row.
     */
    public static String ofName(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The identifiers of each enum's constants, by ordinal: made once, as sorting and writing ask for them often. */
    private static final ClassValue<String[]> IDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] out = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                out[i] = ofName(((Enum<?>) constants[i]).name());
            }
            return out;
        }
    };

    /**
     * The constant whose identifier is {@code id}, ignoring case and surrounding blanks.
     *
     * @param what the kind of value, for the message, e.g. {@code "parish kind"}
     * @throws IllegalArgumentException naming the value and the expected identifiers
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String id, String what) {
        String v = id == null ? "" : id.trim();
        for (E e : type.getEnumConstants()) {
            if (of(e).equalsIgnoreCase(v)) {
                return e;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Ids::of).collect(Collectors.joining(", "));
        int last = expected.lastIndexOf(", ");
        if (last >= 0) {
            expected = expected.substring(0, last) + " or " + expected.substring(last + 2);
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + id + "\" (expected " + expected + ")");
    }
}
