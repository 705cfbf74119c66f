package io.github.desconcentra.territory;

import java.util.Locale;

/** The population groups that sector standards use. */
public enum AgeGroup {
    /** Children aged 0–2 (early-childhood centres, home visits). */
    CHILDREN_0_2,
    /** Children aged 3–4 (initial education). */
    CHILDREN_3_4,
    /** School age 5–17 (basic and secondary education). */
    SCHOOL_AGE_5_17,
    /** Adults aged 65 and over. */
    ADULTS_65_PLUS;

    /** The identifier used in files, e.g. {@code children_0_2}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static AgeGroup fromId(String id) {
        for (AgeGroup g : values()) {
            if (g.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown age group \"" + id
                + "\" (expected children_0_2, children_3_4, school_age_5_17 or adults_65_plus)");
    }
}
