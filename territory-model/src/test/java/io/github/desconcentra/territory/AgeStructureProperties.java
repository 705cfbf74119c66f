package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.desconcentra.territory.internal.Sprague;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AgeStructureProperties {
    private static final Gen<TerritoryData> TERRITORIES = TerritoryGenerators.validTerritories();
    private static final Gen<List<Integer>> FIVE_YEAR_GROUPS = lists().of(integers().between(0, 200_000))
            .ofSize(AgeStructure.GROUPS);

    private static AgeStructure structure(List<Integer> groups) {
        return new AgeStructure(ParishCode.of("010150"), groups.stream().map(Integer::longValue).toList(),
                Provenance.sourced("generated"));
    }

    @Test
    void interpolatedPartsAddUpToTheirFiveYearGroup() {
        qt().withExamples(1_000).forAll(FIVE_YEAR_GROUPS).checkAssert(groups -> {
            AgeStructure s = structure(groups);
            Demographics d = s.targetGroups();
            assertEquals(s.total(), d.total());
            assertEquals(s.group(0), d.children0to2() + d.children3to4(), "0-2 and 3-4 make 0-4");
            assertEquals(s.group(1) + s.group(2), d.schoolAge5to14(), "5-14 is 5-9 and 10-14");
            assertTrue(d.schoolAge15to17() <= s.group(3), "15-17 is part of 15-19");
            long old = 0;
            for (int i = 13; i < AgeStructure.GROUPS; i++) {
                old += s.group(i);
            }
            assertEquals(old, d.adults65Plus(), "65+ is 65-69 to 85+");
            long[] g = groups.stream().mapToLong(Integer::longValue).toArray();
            long[] teens = Sprague.split(g, 3, 3, 2);
            assertEquals(g[3], teens[0] + teens[1], "15-17 and 18-19 make 15-19");
        });
    }

    @Test
    void groupsNeverExceedTotalsAndNestedGroupsFitAtEveryLevel() {
        qt().withExamples(200).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            for (Level level : Level.values()) {
                for (TerritorialUnit u : t.units(level)) {
                    Demographics d = t.demographics(u.code());
                    assertTrue(d.children0to2() + d.children3to4() + d.schoolAge5to17() + d.adults65Plus()
                            <= d.total(), () -> u.code() + ": " + d);
                    assertTrue(d.children1to2() <= d.children0to2(), () -> u.code() + ": " + d);
                    assertEquals(d.schoolAge5to17(), d.schoolAge5to14() + d.schoolAge15to17(), () -> u.code() + ": "
                            + d);
                }
            }
        });
    }

    @Test
    void eachParishTakesItsGroupsFromItsOverrideElseItsStructureElseTheShares() {
        qt().withExamples(200).forAll(TERRITORIES).checkAssert(data -> {
            Territory t = Territory.of(data);
            for (Parish p : t.parishes()) {
                Demographics d = t.demographics(p.code());
                DemographicOverride o = data.overrides().stream().filter(x -> x.unit().equals(p.code())).findFirst()
                        .orElse(null);
                if (o != null) {
                    o.groups().forEach((g, v) -> assertEquals(v, d.get(g), () -> "override wins: " + p.code() + " " + g));
                    assertEquals(p.population() > 0 ? Set.of(AgeBasis.USER_SUPPLIED) : Set.of(), t.ageBasis(p.code()));
                } else if (t.ageStructure(p.code()).isPresent()) {
                    assertEquals(t.ageStructure(p.code()).get().targetGroups(), d);
                    assertEquals(Set.of(AgeBasis.CENSUS_STRUCTURE), t.ageBasis(p.code()));
                } else {
                    assertEquals(data.ageShares().estimate(p.population()), d);
                    assertEquals(p.population() > 0 ? Set.of(AgeBasis.ASSUMED_SHARES) : Set.of(), t.ageBasis(p.code()));
                }
            }
        });
    }

    @Test
    void projectionsKeepEachParishsStructure() {
        qt().withExamples(200).forAll(TERRITORIES).checkAssert(data -> {
            Territory census = Territory.of(data);
            Territory later = census.projectedTo(TerritoryGenerators.PROJECTION_YEAR);
            for (Parish p : census.parishes()) {
                if (census.ageStructure(p.code()).isEmpty()) {
                    continue;
                }
                AgeStructure then = census.ageStructure(p.code()).get();
                AgeStructure now = later.ageStructure(p.code()).orElseThrow();
                long newTotal = later.parish(p.code()).population();
                assertEquals(newTotal, now.total());
                for (int i = 0; i < AgeStructure.GROUPS; i++) {
                    double exact = (double) then.group(i) * newTotal / then.total();
                    assertTrue(Math.abs(now.group(i) - exact) < 1, () -> p.code() + " keeps its structure: " + then
                            + " -> " + now);
                }
                if (data.overrides().stream().noneMatch(o -> o.unit().equals(p.code()))) {
                    assertEquals(now.targetGroups(), later.demographics(p.code()));
                }
            }
        });
    }

    @Test
    void userFiguresWinAfterAProjectionToo() {
        qt().withExamples(200).forAll(TERRITORIES).checkAssert(data -> {
            Territory census = Territory.of(data);
            Territory later = census.projectedTo(TerritoryGenerators.PROJECTION_YEAR);
            for (DemographicOverride o : data.overrides()) {
                long before = census.population(o.unit());
                long after = later.population(o.unit());
                assertEquals(after > 0 ? Set.of(AgeBasis.USER_SUPPLIED) : Set.of(), later.ageBasis(o.unit()));
                for (AgeGroup g : AgeGroup.values()) {
                    if (g.isMain() && before > 0) {
                        double exact = (double) o.groups().get(g) * after / before;
                        long now = later.demographics(o.unit()).get(g);
                        assertTrue(Math.abs(now - exact) < 2, () -> o.unit() + " " + g + ": " + now + " for " + exact);
                    }
                }
            }
        });
    }
}
