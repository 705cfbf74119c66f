package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Parameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/** The catalogue's parameter values by {@code STANDARD/name}, for the hand-written baselines. */
final class ParameterValues {
    private final Map<String, BigDecimal> values = new HashMap<>();

    ParameterValues(Catalogue catalogue) {
        for (Parameter x : catalogue.parameters()) {
            values.put(x.standard() + "/" + x.name(), x.value());
        }
    }

    /**
     * The value of {@code STANDARD/name}.
     *
     * @throws IllegalStateException when the catalogue has no such parameter
     */
    BigDecimal value(String key) {
        BigDecimal x = values.get(key);
        if (x == null) {
            throw new IllegalStateException("parameter " + key + " is missing");
        }
        return x;
    }

    /** The whole value (half-even), as the rules read a count. */
    long whole(String key) {
        return value(key).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
