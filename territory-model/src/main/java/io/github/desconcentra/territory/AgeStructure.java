package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Apportionment;
import io.github.desconcentra.territory.internal.Preconditions;
import io.github.desconcentra.territory.internal.Sprague;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of a parish by five-year age group, as a census publishes them: 0–4, 5–9, …, 80–84 and the open group
 * 85+ (eighteen groups). The target groups of the standards are formed from them by {@link #targetGroups()}.
 *
 * <p><b>Interpolation.</b> Groups that follow five-year boundaries are sums of census groups: 5–14 (5–9 + 10–14) and
 * 65+ (65–69 … 85+). Groups that cut a five-year group are interpolated to single years with Sprague's
 * fifth-difference osculatory multipliers (Shryock and Siegel, <i>The Methods and Materials of Demography</i>,
 * Appendix C; Siegel and Swanson 2004, p. 727): 0–4 is split into age 0, ages 1–2 and ages 3–4, and 15–19 into
 * 15–17 and 18–19. Each split is rounded to whole people by largest remainder, so the parts add up exactly to their
 * census group; a negative Sprague year (possible in small irregular populations) is set to 0 and the group shared
 * among the other years in proportion. The interpolated groups (0–2, 1–2, 3–4, 15–17 and hence 5–17) have status
 * {@link Provenance.Status#ESTIMATED}; see {@link #provenanceOf(AgeGroup)}.
 *
 * @param parish the parish, never null
 * @param groups the eighteen five-year groups in age order, each not negative; copied
 * @param provenance where the counts come from (e.g. INEC CPV 2022, table 2.1), never null
 */
public record AgeStructure(ParishCode parish, List<Long> groups, Provenance provenance) {

    /** The number of five-year groups: 0–4 … 80–84 and 85+. */
    public static final int GROUPS = 18;

    /** The column names of the groups in files: {@code age_0_4}, {@code age_5_9}, …, {@code age_85_plus}. */
    public static final List<String> COLUMNS;

    /** How the groups that cut a five-year group are estimated (for provenance texts and reports). */
    public static final String METHOD = "single years by Sprague fifth-difference multipliers (Shryock and Siegel,"
            + " Methods and Materials of Demography, appendix C), rounded by largest remainder within the 5-year group";

    static {
        List<String> c = new ArrayList<>();
        for (int i = 0; i < GROUPS - 1; i++) {
            c.add("age_" + 5 * i + "_" + (5 * i + 4));
        }
        c.add("age_85_plus");
        COLUMNS = List.copyOf(c);
    }

    /** @throws IllegalArgumentException naming the parish and group when a count is missing or negative */
    public AgeStructure {
        // The messages are made only on failure: every projection of the territory makes an age structure per parish.
        Preconditions.requireNonNull(parish, "parish of an age structure");
        if (groups == null || provenance == null) {
            Preconditions.requireNonNull(groups, "age groups of parish " + parish);
            Preconditions.requireNonNull(provenance, "provenance of the age structure of parish " + parish);
        }
        if (groups.size() != GROUPS) {
            throw Preconditions.failure("an age structure has %d five-year groups, not %d (parish %s)", GROUPS,
                    groups.size(), parish);
        }
        for (int i = 0; i < GROUPS; i++) {
            Long v = groups.get(i);
            if (v == null || v < 0) {
                Preconditions.check(v != null, "age group %s is missing (parish %s)", COLUMNS.get(i), parish);
                Preconditions.requireNonNegative(v, COLUMNS.get(i), "parish " + parish);
            }
        }
        groups = List.copyOf(groups);
    }

    /** The count of one five-year group, 0 (0–4) to 17 (85+). */
    public long group(int index) {
        return groups.get(index);
    }

    /**
     * The total population, the sum of the groups.
     *
     * @throws ArithmeticException on overflow
     */
    public long total() {
        long t = 0;
        for (long g : groups) {
            t = Math.addExact(t, g);
        }
        return t;
    }

    /**
     * The target groups of the standards, formed as described in the class comment.
     *
     * @return demographics whose total is {@link #total()}
     */
    public Demographics targetGroups() {
        long[] g = array();
        long[] young = Sprague.split(g, 0, 1, 2, 2);
        long[] teens = Sprague.split(g, 3, 3, 2);
        long c02 = young[0] + young[1];
        long s514 = g[1] + g[2];
        long old = 0;
        for (int i = 13; i < GROUPS; i++) {
            old += g[i];
        }
        return new Demographics(total(), c02, young[1], young[2], s514 + teens[0], s514, teens[0], old);
    }

    /**
     * True when Sprague's multipliers give a negative single year in 0–4 or 15–19 for this structure, so the split
     * set it to 0 (see the class comment).
     */
    public boolean needsNonNegativeAdjustment() {
        long[] g = array();
        return Sprague.hasNegativeYear(g, 0) || Sprague.hasNegativeYear(g, 3);
    }

    /**
     * The same structure for another total: every five-year group scaled in proportion, rounded to whole people by
     * largest remainder (used by projections, which keep each parish's structure).
     *
     * @param newTotal not negative
     * @throws IllegalArgumentException when the structure has no people but {@code newTotal} has
     */
    public AgeStructure scaledTo(long newTotal) {
        long total = total();
        if (newTotal == total) {
            return this;
        }
        if (newTotal < 0 || total == 0 && newTotal != 0) {
            Preconditions.requireNonNegative(newTotal, "new total", "parish " + parish);
            throw Preconditions.failure("cannot scale the age structure of parish %s from 0 people to %d", parish,
                    newTotal);
        }
        List<Long> scaled = new ArrayList<>(GROUPS);
        for (long v : Apportionment.largestRemainder(newTotal, array())) {
            scaled.add(v);
        }
        return new AgeStructure(parish, scaled, provenance);
    }

    /**
     * True when a target group is interpolated from the five-year groups (0–2, 1–2, 3–4, 5–17, 15–17), false when it
     * is a sum of whole five-year groups (5–14, 65+).
     */
    public static boolean interpolates(AgeGroup group) {
        return switch (group) {
            case SCHOOL_AGE_5_14, ADULTS_65_PLUS -> false;
            default -> true;
        };
    }

    /**
     * How a target group formed from this structure is known: the structure's own provenance for sums of whole
     * groups; for interpolated groups the method is added and the status is {@link Provenance.Status#ESTIMATED}
     * (or the structure's own, if weaker: statuses are ordered from sourced to assumed).
     */
    public Provenance provenanceOf(AgeGroup group) {
        if (!interpolates(group)) {
            return provenance;
        }
        Provenance.Status weaker = provenance.status().compareTo(Provenance.Status.ESTIMATED) > 0
                ? provenance.status() : Provenance.Status.ESTIMATED;
        return new Provenance(provenance.source() + "; " + METHOD, weaker);
    }

    private long[] array() {
        long[] a = new long[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            a[i] = groups.get(i);
        }
        return a;
    }
}
