package io.github.desconcentra.territory.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.ParishShare;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircuitBuilderTest {
    private static final DistrictCode D = DistrictCode.of("05D01");
    private static final CircuitBuilder BUILDER = new CircuitBuilder(new CircuitBuilder.Options(5_000, 15_000,
            30_000));

    private static Parish parish(String code, long population, double lat, double lon) {
        return new Parish(ParishCode.of(code), "P" + code, ParishCode.of(code).canton(), ParishKind.RURAL,
                new Coordinates(lat, lon), population, "");
    }

    @Test
    void aLargeParishIsSplitIntoEqualEstimatedShares() {
        Parish city = parish("050150", 100_000, -1, -78);
        List<Circuit> circuits = BUILDER.build(D, List.of(CircuitBuilder.Member.whole(city)));
        assertEquals(7, circuits.size(), "100,000 / 15,000 rounds to 7 parts of about 14,286");
        assertTrue(circuits.stream().allMatch(Circuit::isEstimated));
        assertEquals("P050150 1/7", circuits.get(0).name());
    }

    @Test
    void smallParishesJoinTheirNearestNeighbourInTheSameCanton() {
        Parish a = parish("050151", 3_000, -1.00, -78.00);
        Parish near = parish("050152", 4_000, -1.01, -78.01);
        Parish far = parish("050153", 4_000, -1.50, -78.50);
        Parish nearOtherCanton = parish("050251", 4_000, -1.001, -78.001);
        List<Circuit> circuits = BUILDER.build(D, List.of(CircuitBuilder.Member.whole(a),
                CircuitBuilder.Member.whole(near), CircuitBuilder.Member.whole(far),
                CircuitBuilder.Member.whole(nearOtherCanton)));
        assertEquals(List.of(ParishShare.whole(a.code()), ParishShare.whole(near.code())),
                circuits.get(0).parishes().subList(0, 2));
    }

    @Test
    void aParishWithinTheBoundsStaysAlone() {
        Parish a = parish("050151", 12_000, -1.00, -78.00);
        Parish b = parish("050152", 14_000, -1.01, -78.01);
        List<Circuit> circuits = BUILDER.build(D, List.of(CircuitBuilder.Member.whole(a),
                CircuitBuilder.Member.whole(b)));
        assertEquals(2, circuits.size());
    }

    @Test
    void boundsThatCannotJoinTwoSmallCircuitsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CircuitBuilder.Options(6_000, 8_000, 10_000));
        assertEquals("circuit maximum must be at least twice the minimum: min 6000, max 10000", e.getMessage());
    }

    @Test
    void aParishNamedTwiceIsRefused() {
        Parish a = parish("050151", 12_000, -1.00, -78.00);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILDER.build(D,
                List.of(CircuitBuilder.Member.whole(a), CircuitBuilder.Member.whole(a))));
        assertEquals("parish 050151 appears twice in district 05D01", e.getMessage());
    }

    @Test
    void theSharedPartOfAnUrbanSeatIsSplitWithinTheDistrictsShare() {
        Parish city = parish("090150", 2_700_000, -2.2, -79.9);
        BigDecimal ninth = BigDecimal.ONE.divide(BigDecimal.valueOf(9), java.math.MathContext.DECIMAL64);
        List<Circuit> circuits = BUILDER.build(D, List.of(new CircuitBuilder.Member(city, ninth)));
        assertEquals(20, circuits.size(), "300,000 people / 15,000");
        BigDecimal total = circuits.stream().map(c -> c.parishes().get(0).share()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertTrue(total.subtract(ninth).abs().compareTo(new BigDecimal("1e-12")) < 0);
    }
}
