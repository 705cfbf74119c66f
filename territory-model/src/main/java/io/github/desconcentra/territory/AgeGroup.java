package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Ids;
import java.util.Optional;

/**
 * The population groups that sector standards use. Some groups nest in others: {@link #CHILDREN_1_2} is part of
 * {@link #CHILDREN_0_2}, and {@link #SCHOOL_AGE_5_14} and {@link #SCHOOL_AGE_15_17} split {@link #SCHOOL_AGE_5_17}.
 * The four groups without a parent ({@link #isMain()}) are disjoint.
 */
public enum AgeGroup {
    /** Children aged 0–2, i.e. 0–35 months (early-childhood centres, home visits). */
    CHILDREN_0_2(0, 2, null),
    /** Children aged 1–2, i.e. 12–35 months: the target of the CIBV child-development centres. */
    CHILDREN_1_2(1, 2, CHILDREN_0_2),
    /** Children aged 3–4 (initial education). */
    CHILDREN_3_4(3, 4, null),
    /** School age 5–17 (basic and secondary education). */
    SCHOOL_AGE_5_17(5, 17, null),
    /** Ages 5–14 (basic education), part of school age. */
    SCHOOL_AGE_5_14(5, 14, SCHOOL_AGE_5_17),
    /** Ages 15–17 (secondary education, bachillerato), part of school age. */
    SCHOOL_AGE_15_17(15, 17, SCHOOL_AGE_5_17),
    /** Adults aged 65 and over. */
    ADULTS_65_PLUS(65, Integer.MAX_VALUE, null);

    private final int fromAge;
    private final int toAge;
    private final AgeGroup parent;

    AgeGroup(int fromAge, int toAge, AgeGroup parent) {
        this.fromAge = fromAge;
        this.toAge = toAge;
        this.parent = parent;
    }

    /** The first age of the group in completed years. */
    public int fromAge() {
        return fromAge;
    }

    /** The last age of the group in completed years; {@link Integer#MAX_VALUE} for the open group 65+. */
    public int toAge() {
        return toAge;
    }

    /** The group this one is part of, if any. */
    public Optional<AgeGroup> parent() {
        return Optional.ofNullable(parent);
    }

    /** True for the four disjoint groups (0–2, 3–4, 5–17, 65+), false for the groups nested in them. */
    public boolean isMain() {
        return parent == null;
    }

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
