package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Kept rule sessions, moved from one set of parameters to the next, hold the requirements a new session fires with
 * those parameters: every rule's, whatever the parameters were before (each step reverts the previous one's).
 */
class KeptSessionsProperties {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final EvaluationOptions OPTIONS = EvaluationOptions.DEFAULTS.withThreads(1);
    private static final List<Parameter> RANGED = ENGINE.catalogue().parameters().stream()
            .filter(p -> p.range() != null && p.range().low().compareTo(p.range().high()) != 0).toList();
    private static final Set<String> RULES = new HashSet<>();

    static {
        ENGINE.rules().forEach(r -> RULES.add(r.name()));
    }

    /** One to three ranged parameters, each at a random value of its range. */
    private static Gen<List<Parameter>> step() {
        return in -> {
            int n = integers().between(1, 3).generate(in);
            List<Parameter> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Parameter p = RANGED.get(integers().between(0, RANGED.size() - 1).generate(in));
                if (out.stream().noneMatch(q -> q.standard().equals(p.standard()) && q.name().equals(p.name()))) {
                    out.add(at(p, integers().between(0, 100).generate(in)));
                }
            }
            return out;
        };
    }

    private static Parameter at(Parameter p, int percent) {
        BigDecimal low = p.range().low();
        BigDecimal value = low.add(p.range().high().subtract(low).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN));
        return new Parameter(p.standard(), p.name(), value, p.unit(), p.provenance(), p.range());
    }

    private static Gen<List<List<Parameter>>> steps() {
        Gen<List<Parameter>> one = step();
        return in -> {
            List<List<Parameter>> out = new ArrayList<>();
            int n = integers().between(1, 4).generate(in);
            for (int i = 0; i < n; i++) {
                out.add(one.generate(in));
            }
            return out;
        };
    }

    private static KeptSessions kept(Object owner, Territory t) {
        Optional<KeptSessions> k = KeptSessions.of(owner, ENGINE, StandardsEngine.partitions(t,
                OPTIONS.partitionByZone()), OPTIONS, Integer.MAX_VALUE);
        assertTrue(k.isPresent(), "the embedded rules are joins of patterns only");
        return k.get();
    }

    private static void assertHoldsWhatANewSessionFires(KeptSessions kept, Territory t, List<Parameter> changed) {
        StandardsEngine moved = ENGINE.withParameters(changed);
        List<Requirement> fresh = moved.requirements(t, OPTIONS, OPTIONS.sectors());
        Optional<List<Requirement>> held = kept.requirements(RULES, moved.catalogue().parameters(
                OPTIONS.sectors()));
        assertTrue(held.isPresent(), () -> "the kept sessions answered nothing for " + changed);
        List<Requirement> theirs = new ArrayList<>(held.get());
        theirs.removeIf(r -> !OPTIONS.sectors().contains(r.sector()));
        assertEquals(fresh, StandardsEngine.inRequirementOrder(theirs), () -> "with " + changed);
    }

    @Test
    void keptSessionsMovedFromStepToStepHoldWhatANewSessionFires() {
        qt().withExamples(40).forAll(StandardsProperties.cases(), steps()).checkAssert((c, steps) -> {
            Object owner = new Object();
            KeptSessions kept = kept(owner, c.territory());
            for (List<Parameter> step : steps) {
                assertHoldsWhatANewSessionFires(kept, c.territory(), step);
            }
            assertHoldsWhatANewSessionFires(kept, c.territory(), List.of());
            java.lang.ref.Reference.reachabilityFence(owner);
        });
    }

    @Test
    void onTheReferenceChainedRulesAndCircuitWideParametersMoveAndMoveBack() {
        Territory ecuador = ReferenceTerritory.territory();
        Object owner = new Object();
        KeptSessions kept = kept(owner, ecuador);
        List<String> names = List.of("EDU-SEATS/basic_share", "EDU-TEACHERS/students_per_teacher",
                "INCL-CIBV/target_share", "INCL-CIBV/children_per_educator", "POL-UPC/people_per_unit",
                "HEALTH-BEDS/basic_beds", "REHAB-CRS/inmates");
        List<Parameter> chosen = RANGED.stream().filter(p -> names.contains(p.standard() + "/" + p.name()))
                .toList();
        assertEquals(names.size(), chosen.size());
        assertHoldsWhatANewSessionFires(kept, ecuador, List.of(at(chosen.get(0), 100)));
        assertHoldsWhatANewSessionFires(kept, ecuador, List.of(at(chosen.get(0), 0), at(chosen.get(1), 30)));
        assertHoldsWhatANewSessionFires(kept, ecuador, List.of(at(chosen.get(1), 30)));
        assertHoldsWhatANewSessionFires(kept, ecuador, List.of(at(chosen.get(2), 100), at(chosen.get(3), 0)));
        assertHoldsWhatANewSessionFires(kept, ecuador, List.of(at(chosen.get(4), 100), at(chosen.get(5), 100),
                at(chosen.get(6), 100)));
        assertHoldsWhatANewSessionFires(kept, ecuador, List.of());
        java.lang.ref.Reference.reachabilityFence(owner);
    }
}
