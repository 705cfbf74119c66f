package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgeStructureTest {
    private static final Provenance CENSUS = Provenance.sourced("INEC CPV 2022, table 2.1");
    /** Chaucha (010153), INEC CPV 2022 table 2.1; 1,721 people. */
    private static final AgeStructure CHAUCHA = new AgeStructure(ParishCode.of("010153"), List.of(134L, 177L, 181L,
            194L, 112L, 119L, 100L, 111L, 85L, 78L, 64L, 65L, 65L, 88L, 57L, 39L, 32L, 20L), CENSUS);

    @Test
    void formsTheTargetGroupsOfAParishFromItsFiveYearGroups() {
        // By hand from the census row: 0-4 (134) splits by Sprague into age 0 19.88, ages 1-2 51.57, ages 3-4 62.56
        // -> 20 / 52 / 62; 15-19 (194) into 15-17 122.74 and 18-19 71.26 -> 123 / 71; 5-14 = 177 + 181 = 358;
        // 65+ = 88 + 57 + 39 + 32 + 20 = 236. Uniform splitting would give 0-2 80, 1-2 54 and 15-17 116.
        assertEquals(new Demographics(1_721, 72, 52, 62, 481, 358, 123, 236), CHAUCHA.targetGroups());
    }

    @Test
    void interpolatedGroupsAreEstimatedAndWholeGroupsKeepTheirSource() {
        assertEquals(Provenance.Status.ESTIMATED, CHAUCHA.provenanceOf(AgeGroup.CHILDREN_1_2).status());
        assertEquals(Provenance.Status.ESTIMATED, CHAUCHA.provenanceOf(AgeGroup.SCHOOL_AGE_5_17).status());
        assertEquals(CENSUS, CHAUCHA.provenanceOf(AgeGroup.SCHOOL_AGE_5_14));
        assertEquals(CENSUS, CHAUCHA.provenanceOf(AgeGroup.ADULTS_65_PLUS));
        AgeStructure assumed = new AgeStructure(CHAUCHA.parish(), CHAUCHA.groups(), Provenance.assumed("a guess"));
        assertEquals(Provenance.Status.ASSUMED, assumed.provenanceOf(AgeGroup.CHILDREN_0_2).status());
    }

    @Test
    void scalingKeepsTheStructureAndTheTotal() {
        AgeStructure doubled = CHAUCHA.scaledTo(3_442);
        assertEquals(CHAUCHA.groups().stream().map(g -> 2 * g).toList(), doubled.groups());
        assertEquals(861, CHAUCHA.scaledTo(861).total());
        assertEquals(0, CHAUCHA.scaledTo(0).total());
    }

    @Test
    void refusesAStructureOfTheWrongShape() {
        assertEquals("an age structure has 18 five-year groups, not 3 (parish 010153)",
                assertThrows(IllegalArgumentException.class, () -> new AgeStructure(CHAUCHA.parish(), List.of(1L, 2L,
                        3L), CENSUS)).getMessage());
        assertEquals("age_10_14 must not be negative: -1 (parish 010153)", assertThrows(IllegalArgumentException.class,
                () -> new AgeStructure(CHAUCHA.parish(), List.of(1L, 2L, -1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L,
                        0L, 0L, 0L, 0L, 0L), CENSUS)).getMessage());
    }

    @Test
    void apportioningSplitsEveryGroupExactly() {
        Demographics d = CHAUCHA.targetGroups();
        List<Demographics> parts = d.apportion(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(d, parts.get(0).plus(parts.get(1)).plus(parts.get(2)));
        // Each disjoint piece in thirds, the odd people to the first parts: age 0 20 -> 7, 1-2 52 -> 18, 3-4 62 -> 21,
        // 5-14 358 -> 120, 15-17 123 -> 41, 65+ 236 -> 79, everyone else 870 -> 290.
        assertEquals(new Demographics(576, 25, 18, 21, 161, 120, 41, 79), parts.get(0));
    }

    @Test
    void anOverrideWithoutNestedGroupsIsSplitLikeTheUnitsOwnEstimate() {
        Map<AgeGroup, Long> main = new EnumMap<>(AgeGroup.class);
        main.put(AgeGroup.CHILDREN_0_2, 90L);
        main.put(AgeGroup.CHILDREN_3_4, 60L);
        main.put(AgeGroup.SCHOOL_AGE_5_17, 500L);
        main.put(AgeGroup.ADULTS_65_PLUS, 200L);
        DemographicOverride o = new DemographicOverride(CHAUCHA.parish(), 1_721, main);
        // 1-2 : age 0 = 52 : 20 in the census estimate, so 90 -> 65 : 25; 5-14 : 15-17 = 358 : 123 -> 372 : 128.
        assertEquals(new Demographics(1_721, 90, 65, 60, 500, 372, 128, 200), o.resolve(CHAUCHA.targetGroups()));
        // With nobody aged 0-2 in the estimate there is no proportion: uniform single years, 2 of 3.
        assertEquals(60, o.resolve(new Demographics(1_721, 0, 0, 0, 0, 0, 0, 0)).children1to2());
    }

    @Test
    void anOverrideRefusesNestedGroupsThatDoNotFit() {
        Map<AgeGroup, Long> groups = new EnumMap<>(CHAUCHA.targetGroups().groups());
        groups.put(AgeGroup.SCHOOL_AGE_15_17, 1L);
        assertEquals("school age 5-14 (358) and 15-17 (1) do not add up to school age 5-17 (481) (010153)",
                assertThrows(IllegalArgumentException.class, () -> new DemographicOverride(CHAUCHA.parish(), 1_721,
                        groups)).getMessage());
        groups.remove(AgeGroup.ADULTS_65_PLUS);
        assertEquals("age group adults_65_plus is missing (010153)", assertThrows(IllegalArgumentException.class,
                () -> new DemographicOverride(CHAUCHA.parish(), 1_721, groups)).getMessage());
    }

    @Test
    void sharesWithoutNestedGroupsAreCompletedByUniformSingleYears() {
        Map<AgeGroup, BigDecimal> shares = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Provenance> provenance = new EnumMap<>(AgeGroup.class);
        for (AgeGroup g : AgeGroup.values()) {
            if (g.isMain()) {
                shares.put(g, AgeShares.ECUADOR_2022_ASSUMED.share(g));
                provenance.put(g, AgeShares.ECUADOR_2022_ASSUMED.provenance().get(g));
            }
        }
        AgeShares completed = AgeShares.completing(shares, provenance);
        assertEquals(new BigDecimal("0.2"), completed.share(AgeGroup.SCHOOL_AGE_5_14));
        assertEquals(new BigDecimal("0.06"), completed.share(AgeGroup.SCHOOL_AGE_15_17));
        assertEquals(new BigDecimal("0.03333333333333333"), completed.share(AgeGroup.CHILDREN_1_2));
        assertEquals(Provenance.Status.ASSUMED, completed.provenance().get(AgeGroup.CHILDREN_1_2).status());
    }
}
