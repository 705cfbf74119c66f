package io.github.desconcentra.examples.cli;

import io.github.desconcentra.territory.internal.Cells;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for numeric options, with the same bounds as numbers in files; a bad value is a usage error (exit 2). */
final class OptionConverters {
    private OptionConverters() {
    }

    /** A whole number not below 0. */
    static final class NonNegative implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n;
            try {
                n = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 0) {
                throw new TypeConversionException("'" + value + "' must not be negative");
            }
            return n;
        }
    }

    /**
     * A decimal number within the bounds of {@link Cells#parseDecimal} (so {@code 1e999999} is refused before any
     * arithmetic).
     */
    static final class Decimal implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            try {
                return Cells.parseDecimal(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' " + e.getMessage());
            }
        }
    }
}
