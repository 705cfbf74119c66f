package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ZoneCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementOrderProperties {
    private static final Provenance SOURCE = new Provenance("test", Provenance.Status.ASSUMED);
    private static final String[] TYPOLOGIES = {"UPC", "UVC"};
    private static final String[] RULES = {"a rule", "another rule"};

    /** Units of every planning level, in an order of their own. */
    private static List<UnitCode> units(Random random) {
        List<UnitCode> units = new ArrayList<>();
        for (int z = 1 + random.nextInt(3); z > 0; z--) {
            units.add(ZoneCode.ofNumber(1 + random.nextInt(9)));
        }
        for (int d = random.nextInt(6); d > 0; d--) {
            String district = String.format("%02dD%02d", 1 + random.nextInt(24), 1 + random.nextInt(9));
            units.add(DistrictCode.of(district));
            for (int c = random.nextInt(4); c > 0; c--) {
                units.add(CircuitCode.of(district + String.format("C%02d", 1 + random.nextInt(20))));
            }
        }
        return units.stream().distinct().toList();
    }

    /** A few requirements of a unit, with sort keys that often tie; each its own inputs, which no key reads. */
    private static List<Requirement> requirementsOf(UnitCode unit, Random random, int[] made) {
        List<Requirement> out = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            String typology = TYPOLOGIES[random.nextInt(TYPOLOGIES.length)];
            out.add(new Requirement(unit, Sector.POLICE, typology, Measure.values()[random.nextInt(2)],
                    random.nextInt(3), Set.of(typology), RULES[random.nextInt(RULES.length)], "police", SOURCE,
                    "made=" + made[0]++));
        }
        return out;
    }

    /** The sessions' requirements as fired: each session's units its own, their requirements in any order. */
    private static List<List<Requirement>> sessions(List<UnitCode> units, Random random, boolean shareOneUnit) {
        List<List<Requirement>> sessions = new ArrayList<>();
        int[] made = {0};
        for (int i = 0; i < units.size(); ) {
            int n = 1 + random.nextInt(3);
            List<Requirement> session = new ArrayList<>();
            for (int k = 0; k < n && i < units.size(); k++, i++) {
                session.addAll(requirementsOf(units.get(i), random, made));
            }
            Collections.shuffle(session, random);
            sessions.add(session);
        }
        if (shareOneUnit) {
            sessions.get(random.nextInt(sessions.size())).addAll(requirementsOf(units.get(0), random, made));
            sessions.get(random.nextInt(sessions.size())).addAll(requirementsOf(units.get(0), random, made));
        }
        Collections.shuffle(sessions, random);
        return sessions;
    }

    private static void mergedIsTheWholeSort(long seed, boolean shareOneUnit) {
        Random random = new Random(seed);
        List<List<Requirement>> sessions = sessions(units(random), random, shareOneUnit);
        List<Requirement> all = new ArrayList<>();
        List<StandardsEngine.PartSorted> parts = new ArrayList<>();
        for (List<Requirement> s : sessions) {
            all.addAll(s);
            parts.add(StandardsEngine.PartSorted.of(new ArrayList<>(s)));
        }
        List<Requirement> expected = StandardsEngine.inRequirementOrder(all);
        List<Requirement> merged = StandardsEngine.PartSorted.merged(parts);
        assertEquals(expected, merged, "seed " + seed);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), merged.get(i), "seed " + seed + ", position " + i);
        }
    }

    @Test
    void sessionsSortedAloneThenMergedGiveTheOrderOfOneStableSortOfAll() {
        qt().withExamples(2_000).forAll(integers().allPositive())
                .checkAssert(seed -> mergedIsTheWholeSort(seed, false));
    }

    @Test
    void aUnitWithRequirementsInSeveralSessionsStillGetsTheOrderOfOneStableSortOfAll() {
        qt().withExamples(500).forAll(integers().allPositive())
                .checkAssert(seed -> mergedIsTheWholeSort(seed, true));
    }
}
