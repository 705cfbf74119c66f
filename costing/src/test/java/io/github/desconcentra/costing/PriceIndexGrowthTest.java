package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceIndexGrowthTest {
    private static final Money MILLION_OF_2015 = Money.of(new BigDecimal("1000000.00"), Money.USD);

    private static BigDecimal to2022(String share) {
        return PriceIndex.DEFAULT.withGrowth(new BigDecimal(share), 2022).restate(MILLION_OF_2015, 2015, 2022)
                .amount();
    }

    @Test
    void theWholeChangeIsTheIndexItselfAndNoChangeRestatesNothing() {
        // CPI-U 2022 / 2015 = 292.655 / 237.017: USD 1,000,000 of 2015 is USD 1,234,742.66 of 2022.
        assertEquals(new BigDecimal("1234742.66"), to2022("1"));
        assertEquals(PriceIndex.DEFAULT.restate(MILLION_OF_2015, 2015, 2022).amount(), to2022("1"));
        assertEquals(new BigDecimal("1000000.00"), to2022("0"));
    }

    @Test
    void halfAsMuchAgainScalesTheIndexsChangeToTheBaseYear() {
        // 2015 becomes 292.655 + 1.5 x (237.017 - 292.655) = 209.198; 292.655 / 209.198 x 1,000,000.
        assertEquals(new BigDecimal("1398937.85"), to2022("1.5"));
        assertTrue(PriceIndex.GROWTH_RANGE.contains(BigDecimal.ONE));
    }

    @Test
    void aNegativeShareOrOneThatLeavesAYearNotPositiveIsRefused() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> PriceIndex.DEFAULT.withGrowth(new BigDecimal("-0.1"), 2022));
        assertTrue(negative.getMessage().contains("must not be negative: -0.1"), negative.getMessage());
        IllegalArgumentException four = assertThrows(IllegalArgumentException.class,
                () -> PriceIndex.DEFAULT.withGrowth(new BigDecimal("4"), 2022));
        assertTrue(four.getMessage().contains("leaves 2010 at -5.741"), four.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PriceIndex.DEFAULT.withGrowth(BigDecimal.ONE, 2009));
    }
}
