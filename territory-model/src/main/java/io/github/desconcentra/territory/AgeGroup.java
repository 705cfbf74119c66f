package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Ids;

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
        return Ids.of(this);
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static AgeGroup fromId(String id) {
        return Ids.parse(AgeGroup.class, id, "age group");
    }
}
