package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Currency USD = Money.USD;

    @Test
    void equalityIsByValueWhateverTheWrittenScale() {
        assertEquals(Money.parse("1700000", USD), Money.parse("1700000.00", USD));
        assertEquals("USD 480687.22", Money.parse("480687.22", USD).toString());
    }

    @Test
    void anAmountFinerThanTheCurrencyMustBeRoundedExplicitly() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Money.parse("1.005", USD));
        assertEquals("amount 1.005 has more decimals than USD allows; round it explicitly", e.getMessage());
        assertEquals(Money.parse("1.00", USD), Money.of(new BigDecimal("1.005"), USD, RoundingMode.HALF_EVEN));
    }

    @Test
    void arithmeticIsExactOrNamesItsRounding() {
        Money upc = Money.parse("480687.22", USD);
        assertEquals(Money.parse("961374.44", USD), upc.multipliedBy(2));
        assertEquals(Money.parse("9613.74", USD), upc.multipliedBy(new BigDecimal("0.02"), RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("160229.07", USD), upc.dividedBy(3, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("1442061.66", USD), Money.total(USD, List.of(upc, upc, upc)));
    }

    @Test
    void currenciesDoNotMix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.parse("1", USD).plus(Money.parse("1", Currency.getInstance("EUR"))));
        assertEquals("cannot combine USD with EUR", e.getMessage());
    }

    @Test
    void aPriceIndexRestatesToTheBaseYear() {
        Money cs = Money.parse("1000000", USD);
        assertEquals(Money.parse("1193925.42", USD), PriceIndex.DEFAULT.restate(cs, 2017, 2022),
                "292.655 / 245.120");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PriceIndex.DEFAULT.restate(cs, 1999, 2022));
        assertEquals("the price index has no value for 1999 (it covers 2010-2025)", e.getMessage());
    }
}
