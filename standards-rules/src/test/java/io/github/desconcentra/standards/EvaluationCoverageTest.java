package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EvaluationCoverageTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final District DISTRICT = ECUADOR.districts().get(0);
    private static final UnitCode ZONE = DISTRICT.zone();
    private static final UnitCode FIRST = ECUADOR.children(DISTRICT.code()).get(0);
    private static final UnitCode SECOND = ECUADOR.children(DISTRICT.code()).get(1);
    private static final List<String> AMIE = List.of("mineduc-amie-2023 (2023)");
    private static final List<String> BOTH = List.of("mineduc-amie-2023 (2023)", "msp-geosalud (2017)");

    private static DeficitLine line(DeficitLine.Scope scope, UnitCode unit, Sector sector, Assessment assessment,
                                    UnitCode comparedAt, List<String> sources) {
        return new DeficitLine(scope, unit, ECUADOR.unit(unit).name(), sector, "T", Measure.ESTABLISHMENTS, 1, 0, 0, 1, 0,
                "rule", "std", Provenance.assumed("test"), "", Set.of(), assessment, comparedAt, "", sources,
                Provenance.Status.ASSUMED);
    }

    private static Evaluation evaluation() {
        List<DeficitLine> lines = new ArrayList<>();
        lines.add(line(DeficitLine.Scope.STANDARD, FIRST, Sector.HEALTH, Assessment.ASSESSED, FIRST, AMIE));
        lines.add(line(DeficitLine.Scope.STANDARD, FIRST, Sector.HEALTH, Assessment.ASSESSED, FIRST, AMIE));
        lines.add(line(DeficitLine.Scope.STANDARD, SECOND, Sector.HEALTH, Assessment.NOT_ASSESSED, SECOND,
                new ArrayList<>(BOTH)));
        lines.add(line(DeficitLine.Scope.REQUIREMENT, SECOND, Sector.EDUCATION, Assessment.ASSESSED,
                DISTRICT.code(), new ArrayList<>(AMIE)));
        lines.add(line(DeficitLine.Scope.STANDARD, DISTRICT.code(), Sector.EDUCATION, Assessment.ASSESSED,
                DISTRICT.code(), AMIE));
        lines.add(line(DeficitLine.Scope.COMPARISON, FIRST, Sector.FIRE, Assessment.NOT_ASSESSED, FIRST, List.of()));
        lines.add(line(DeficitLine.Scope.ROLLUP, DISTRICT.code(), Sector.FIRE, Assessment.NOT_ASSESSED,
                DISTRICT.code(), List.of()));
        lines.add(line(DeficitLine.Scope.STANDARD, ECUADOR.nation().code(), Sector.POLICE, Assessment.ASSESSED,
                ECUADOR.nation().code(), AMIE));
        return new Evaluation(2025, Set.of(Sector.values()), lines, List.of(), 0);
    }

    @Test
    void aDistrictsSectorCombinesTheAssessmentsAndSourcesOfItsStandardAndRequirementLines() {
        SortedMap<UnitCode, SortedMap<Sector, Evaluation.Coverage>> coverage = evaluation().coverage(Level.DISTRICT,
                ECUADOR);

        assertEquals(Map.of(DISTRICT.code(), Map.of(
                Sector.HEALTH, new Evaluation.Coverage(Assessment.PARTLY_ASSESSED, BOTH),
                Sector.EDUCATION, new Evaluation.Coverage(Assessment.ASSESSED, AMIE))), coverage,
                "two assessed circuits and one not assessed are partly assessed; comparisons, roll-ups and the nation"
                        + " count nowhere");
        assertEquals(List.of(Sector.HEALTH, Sector.EDUCATION), List.copyOf(coverage.get(DISTRICT.code()).keySet()));
    }

    @Test
    void aZoneHoldsWhatItsDistrictsHold() {
        assertEquals(Map.of(ZONE, Map.of(
                Sector.HEALTH, new Evaluation.Coverage(Assessment.PARTLY_ASSESSED, BOTH),
                Sector.EDUCATION, new Evaluation.Coverage(Assessment.ASSESSED, AMIE))),
                evaluation().coverage(Level.ZONE, ECUADOR));
    }

    @Test
    void theCoverageIsTheLinesCoveragesCombinedOneByOne() {
        Evaluation e = evaluation();
        for (Level level : List.of(Level.ZONE, Level.DISTRICT)) {
            SortedMap<UnitCode, SortedMap<Sector, Evaluation.Coverage>> oneByOne = new TreeMap<>();
            for (DeficitLine l : e.lines()) {
                if (l.scope() != DeficitLine.Scope.STANDARD && l.scope() != DeficitLine.Scope.REQUIREMENT) {
                    continue;
                }
                UnitCode at = ECUADOR.enclosing(l.code(), level).orElse(null);
                if (at != null) {
                    oneByOne.computeIfAbsent(at, k -> new TreeMap<>()).merge(l.sector(),
                            new Evaluation.Coverage(l.assessment(), l.sources()), Evaluation.Coverage::and);
                }
            }
            assertEquals(oneByOne, e.coverage(level, ECUADOR), level.id());
        }
    }

    @Test
    void aLineOfAnUnknownUnitIsRefused() {
        UnitCode unknown = new io.github.desconcentra.territory.CircuitCode("99D99C99");
        Evaluation e = new Evaluation(2025, Set.of(Sector.HEALTH), List.of(new DeficitLine(
                DeficitLine.Scope.STANDARD, unknown, "nowhere", Sector.HEALTH, "T", Measure.ESTABLISHMENTS, 1, 0, 0, 1, 0,
                "rule", "std", Provenance.assumed("test"), "", Set.of())), List.of(), 0);

        assertThrows(IllegalArgumentException.class, () -> e.coverage(Level.DISTRICT, ECUADOR));
    }
}
