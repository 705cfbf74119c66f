package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpragueTest {
    /** Chaucha (010153), INEC CPV 2022 table 2.1: 0-4 134, 5-9 177, 10-14 181, 15-19 194, 20-24 112, 25-29 119. */
    private static final long[] CHAUCHA = {134, 177, 181, 194, 112, 119, 100, 111, 85, 78, 64, 65, 65, 88, 57, 39, 32,
            20};

    @Test
    void splitsTheFirstGroupWithThePublishedFirstPanelExactly() {
        // By hand: age 0 = .3616*134 - .2768*177 + .1488*181 - .0336*194 = 19.8752, age 1 = 24.0720,
        // age 2 = 27.4960, age 3 = 30.2240, age 4 = 32.3328 (in ten-thousandths below); they add up to 134.
        assertArrayEquals(new long[] {198_752, 240_720, 274_960, 302_240, 323_328},
                Sprague.singleYearsScaled(CHAUCHA, 0));
    }

    @Test
    void splitsAMiddleGroupFromTheTwoGroupsOnEachSide() {
        // 15-19 from 5-9 .. 25-29: age 15 = -.0128*177 + .0848*181 + .1504*194 - .0240*112 + .0016*119 = 39.7632.
        long[] years = Sprague.singleYearsScaled(CHAUCHA, 3);
        assertEquals(397_632, years[0]);
        assertEquals(194 * Sprague.SCALE, years[0] + years[1] + years[2] + years[3] + years[4]);
    }

    @Test
    void roundsEachRunOfYearsByLargestRemainderWithinTheGroup() {
        // age 0 = 19.8752, ages 1-2 = 51.5680, ages 3-4 = 62.5568: floors 19 + 51 + 62 = 132, the two people left go
        // to the largest remainders (.8752 and .5680).
        assertArrayEquals(new long[] {20, 52, 62}, Sprague.split(CHAUCHA, 0, 1, 2, 2));
    }

    @Test
    void everyPanelKeepsItsGroupAndAddsNothingFromTheOthers() {
        for (int group = 0; group < 6; group++) {
            long[] only = new long[18];
            only[group] = 1;
            for (int split = 0; split < 4; split++) {
                if (split == 2 && group > 4) {
                    continue;
                }
                long[] years = Sprague.singleYearsScaled(only, split == 2 ? 3 : split);
                long sum = years[0] + years[1] + years[2] + years[3] + years[4];
                int target = split == 2 ? 3 : split;
                assertEquals(group == target ? Sprague.SCALE : 0, sum, "group " + group + " in split " + split);
            }
        }
    }

    @Test
    void aNegativeSingleYearIsSetToZeroAndTheGroupIsKept() {
        // Floreana (200152): age 0 = .3616*4 - .2768*16 + .1488*13 - .0336*11 = -1.4176 and age 1 = -0.0480 are set
        // to 0; the 4 children are shared as ages 1-2 1.0480 : ages 3-4 4.4176, i.e. 0.77 : 3.23, rounded to 1 : 3.
        long[] irregular = {4, 16, 13, 11, 9, 14, 15, 16, 10, 9, 8, 7, 3, 2, 4, 2, 1, 1};
        assertTrue(Sprague.hasNegativeYear(irregular, 0));
        assertArrayEquals(new long[] {0, 1, 3}, Sprague.split(irregular, 0, 1, 2, 2));
        assertFalse(Sprague.hasNegativeYear(CHAUCHA, 0));
    }
}
