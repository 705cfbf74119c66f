package io.github.desconcentra.territory.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.TerritoryValidator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CircuitBuilderProperties {
    private static final DistrictCode DISTRICT = DistrictCode.of("17D01");

    record Case(CircuitBuilder.Options options, List<CircuitBuilder.Member> members) {
    }

    private static Gen<Case> cases() {
        return in -> {
            long min = integers().between(0, 8_000).generate(in);
            long target = min + integers().between(2_000, 10_000).generate(in);
            long max = Math.max(2 * min, target) + integers().between(0, 20_000).generate(in);
            int n = integers().between(1, 30).generate(in);
            List<CircuitBuilder.Member> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CantonCode canton = CantonCode.of("170" + integers().between(1, 3).generate(in));
                ParishCode code = ParishCode.of(canton.value() + (50 + i));
                int kind = integers().between(0, 9).generate(in);
                long population = kind == 0 ? 0 : kind == 1 ? integers().between(50_000, 400_000).generate(in)
                        : integers().between(1, 25_000).generate(in);
                Coordinates at = kind == 2 ? null : new Coordinates(integers().between(-100, 100).generate(in) / 50.0,
                        -78 + integers().between(-100, 100).generate(in) / 50.0);
                Parish p = new Parish(code, "P" + i, canton, ParishKind.RURAL, at, population, "");
                BigDecimal share = kind == 3 ? BigDecimal.ONE.divide(BigDecimal.valueOf(
                        integers().between(2, 9).generate(in)), MathContext.DECIMAL64) : BigDecimal.ONE;
                members.add(new CircuitBuilder.Member(p, share));
            }
            return new Case(new CircuitBuilder.Options(min, target, max), members);
        };
    }

    private static BigDecimal population(Circuit c, Map<ParishCode, Parish> parishes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ParishShare s : c.parishes()) {
            sum = sum.add(s.share().multiply(BigDecimal.valueOf(parishes.get(s.parish()).population())));
        }
        return sum;
    }

    @Test
    void circuitsPartitionTheDistrictsParishShares() {
        qt().forAll(cases()).checkAssert(c -> {
            List<Circuit> circuits = new CircuitBuilder(c.options()).build(DISTRICT, c.members());
            Map<ParishCode, BigDecimal> held = new HashMap<>();
            circuits.forEach(ci -> ci.parishes().forEach(s -> held.merge(s.parish(), s.share(), BigDecimal::add)));
            assertEquals(c.members().size(), held.size());
            for (CircuitBuilder.Member m : c.members()) {
                BigDecimal diff = held.get(m.parish().code()).subtract(m.share()).abs();
                assertTrue(diff.compareTo(TerritoryValidator.SHARE_TOLERANCE) <= 0, () -> m + " held " + held);
            }
            for (int i = 0; i < circuits.size(); i++) {
                assertEquals(DISTRICT.circuit(i + 1), circuits.get(i).code());
                assertEquals(DISTRICT, circuits.get(i).district());
            }
        });
    }

    @Test
    void buildingIsDeterministicWhateverTheOrderOfParishes() {
        qt().forAll(cases(), integers().all()).checkAssert((c, seed) -> {
            CircuitBuilder builder = new CircuitBuilder(c.options());
            List<CircuitBuilder.Member> shuffled = new ArrayList<>(c.members());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(builder.build(DISTRICT, c.members()), builder.build(DISTRICT, shuffled));
        });
    }

    @Test
    void circuitsKeepTheBoundsExceptWhereNoMergeIsPossible() {
        qt().forAll(cases()).checkAssert(c -> {
            Map<ParishCode, Parish> parishes = new HashMap<>();
            Map<ParishCode, BigDecimal> memberShare = new HashMap<>();
            c.members().forEach(m -> {
                parishes.put(m.parish().code(), m.parish());
                memberShare.put(m.parish().code(), m.share());
            });
            List<Circuit> circuits = new CircuitBuilder(c.options()).build(DISTRICT, c.members());
            BigDecimal min = BigDecimal.valueOf(c.options().min());
            BigDecimal max = BigDecimal.valueOf(c.options().max());
            BigDecimal slack = new BigDecimal("0.001");
            for (Circuit circuit : circuits) {
                BigDecimal pop = population(circuit, parishes);
                assertTrue(pop.compareTo(max.add(slack)) <= 0, () -> circuit + " holds " + pop + " > max " + max);
                if (isSplitPart(circuit, memberShare)) {
                    assertTrue(pop.compareTo(min.subtract(slack)) >= 0, () -> "split part " + circuit + " < min");
                } else if (pop.compareTo(min) < 0 && circuits.size() > 1) {
                    for (Circuit other : circuits) {
                        if (other != circuit && !isSplitPart(other, memberShare)) {
                            BigDecimal joined = pop.add(population(other, parishes));
                            assertTrue(joined.compareTo(max) > 0, () -> circuit + " (" + pop + ") could join "
                                    + other + " within max " + max);
                        }
                    }
                }
            }
        });
    }

    /** A circuit holding a smaller share of one parish than the district holds is a part of a split parish. */
    private static boolean isSplitPart(Circuit c, Map<ParishCode, BigDecimal> memberShare) {
        ParishShare only = c.parishes().get(0);
        return c.parishes().size() == 1 && only.share().compareTo(memberShare.get(only.parish())) < 0;
    }
}
