package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency, at the currency's scale (2 decimals for USD). Immutable; equality is by value
 * (the scale is always the currency's). Every operation that can lose precision takes an explicit
 * {@link RoundingMode}; additions and whole-number multiplications are exact and throw {@link ArithmeticException}
 * rather than overflow silently (amounts are unbounded {@code BigDecimal}s).
 *
 * @param amount the amount at the currency's scale, never null
 * @param currency never null
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /** US dollars, Ecuador's currency. */
    public static final Currency USD = Currency.getInstance("USD");

    /**
     * @throws ArithmeticException naming the amount when it has more decimals than the currency allows
     */
    public Money {
        Preconditions.requireNonNull(amount, "amount");
        Preconditions.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows; round it explicitly");
        }
    }

    /** An exact amount; throws {@link ArithmeticException} when it needs rounding. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount rounded to the currency's scale with {@code rounding}. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), rounding), currency);
    }

    /** Parses an exact amount, e.g. {@code Money.parse("1700000.00", USD)}. */
    public static Money parse(String amount, Currency currency) {
        return of(new BigDecimal(amount.trim()), currency);
    }

    /** Zero in a currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The sum of amounts, all in {@code currency}; zero when there are none. Order does not matter.
     *
     * @throws IllegalArgumentException naming both currencies when one differs
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /** Exact sum; throws {@link IllegalArgumentException} when currencies differ. */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** Exact difference; throws {@link IllegalArgumentException} when currencies differ. */
    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Exact product by a whole number. */
    public Money multipliedBy(long n) {
        return new Money(amount.multiply(BigDecimal.valueOf(n)), currency);
    }

    /** Product by a decimal factor, rounded to the currency's scale with {@code rounding}. */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    /** Quotient by a positive whole number, rounded with {@code rounding}. */
    public Money dividedBy(long n, RoundingMode rounding) {
        Preconditions.check(n > 0, "divisor must be positive: %d", n);
        return new Money(amount.divide(BigDecimal.valueOf(n), currency.getDefaultFractionDigits(), rounding),
                currency);
    }

    /** True when zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** True when below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Orders by amount; throws {@link IllegalArgumentException} when currencies differ. */
    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** True when this is more than {@code other}. */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode());
        }
    }

    /** The plain amount, e.g. {@code 1700000.00}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
