package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeficitLineTest {
    @Test
    void aCommonCountOfUnitsSummedIsOneSharedText() {
        String first = DeficitLine.unitsSummed(20);
        String again = DeficitLine.unitsSummed(20);

        assertEquals("units=20", first);
        assertSame(first, again);
        assertEquals("units=0", DeficitLine.unitsSummed(0));
        assertEquals("units=4095", DeficitLine.unitsSummed(4_095));
    }

    @Test
    void aLargeCountOfUnitsSummedIsWrittenInFull() {
        assertEquals("units=122200", DeficitLine.unitsSummed(122_200));
        assertEquals("units=4096", DeficitLine.unitsSummed(4_096));
    }

    @Test
    void jacksonWritesALineAsItWroteTheRecordItWas() {
        ObjectMapper mapper = new ObjectMapper();
        List<AsRecord> records = new ArrayList<>(eachComponentChanged());
        records.add(0, REQUIREMENT);
        for (AsRecord r : records) {
            ObjectNode line = mapper.valueToTree(r.line());
            assertEquals(r.line().isCompared(), line.remove("compared").booleanValue(), r.toString());
            ObjectNode record = mapper.valueToTree(r);
            assertEquals(record, line, r.toString());
            assertEquals(names(record), names(line), "the components in the record's order");
        }
    }

    private static List<String> names(ObjectNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The record {@link DeficitLine} was, with the same components in the same order. */
    private record AsRecord(DeficitLine.Scope scope, UnitCode code, String name, Sector sector, String typology,
                            Measure measure, long required, long usableSupply, long repairSupply, long deficit,
                            long surplus, String rule, String standard, Provenance provenance, String inputs,
                            Set<String> supply, Assessment assessment, UnitCode comparedAt, String comparison,
                            List<String> sources, Provenance.Status status) {
        DeficitLine line() {
            return new DeficitLine(scope, code, name, sector, typology, measure, required, usableSupply,
                    repairSupply, deficit, surplus, rule, standard, provenance, inputs, supply, assessment,
                    comparedAt, comparison, sources, status);
        }
    }

    private static final AsRecord REQUIREMENT = new AsRecord(DeficitLine.Scope.REQUIREMENT, CircuitCode.of(
            "17D05C12"), "Quito 12", Sector.HEALTH, "HEALTH-CS-A", Measure.STAFF, 12, 0, 0, 0, 0,
            "A circuit needs a type-A health centre", "MSP-CS-A", Provenance.sourced("MSP 2015"), "population=9999",
            Set.of("HEALTH-CS-A", "HEALTH-CS-B"), Assessment.PARTLY_ASSESSED, DistrictCode.of("17D05"),
            "compared at district 17D05", List.of("amie (2023)"), Provenance.Status.ESTIMATED);

    /** Every component of {@link #REQUIREMENT} changed in turn, one at a time. */
    private static List<AsRecord> eachComponentChanged() {
        AsRecord r = REQUIREMENT;
        return List.of(
                new AsRecord(DeficitLine.Scope.STANDARD, r.code(), r.name(), r.sector(), r.typology(), r.measure(),
                        r.required(), r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(),
                        r.standard(), r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(),
                        r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), CircuitCode.of("17D05C11"), r.name(), r.sector(), r.typology(),
                        r.measure(), r.required(), r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(),
                        r.rule(), r.standard(), r.provenance(), r.inputs(), r.supply(), r.assessment(),
                        r.comparedAt(), r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), "Quito 11", r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), Sector.POLICE, r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), "HEALTH-CS-B", r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), Measure.PLACES, r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), 13,
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        1, r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(), r.provenance(),
                        r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(), r.sources(),
                        r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), 1, r.deficit(), r.surplus(), r.rule(), r.standard(), r.provenance(),
                        r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(), r.sources(),
                        r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), 1, r.surplus(), r.rule(), r.standard(), r.provenance(),
                        r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(), r.sources(),
                        r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), 1, r.rule(), r.standard(), r.provenance(),
                        r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(), r.sources(),
                        r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), "A circuit needs a type-B"
                        + " health centre", r.standard(), r.provenance(), r.inputs(), r.supply(), r.assessment(),
                        r.comparedAt(), r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), "MSP-CS-B",
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        Provenance.assumed("MSP 2015"), r.inputs(), r.supply(), r.assessment(), r.comparedAt(),
                        r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), "population=10000", r.supply(), r.assessment(), r.comparedAt(),
                        r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), Set.of("HEALTH-CS-A"), r.assessment(), r.comparedAt(),
                        r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), Assessment.ASSESSED, r.comparedAt(), r.comparison(),
                        r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), DistrictCode.of("17D04"),
                        r.comparison(), r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(),
                        "compared at district 17D04", r.sources(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        List.of(), r.status()),
                new AsRecord(r.scope(), r.code(), r.name(), r.sector(), r.typology(), r.measure(), r.required(),
                        r.usableSupply(), r.repairSupply(), r.deficit(), r.surplus(), r.rule(), r.standard(),
                        r.provenance(), r.inputs(), r.supply(), r.assessment(), r.comparedAt(), r.comparison(),
                        r.sources(), Provenance.Status.ASSUMED));
    }

    @Test
    void aLineReadsEqualsHashesAndPrintsAsTheRecordItWas() {
        DeficitLine line = REQUIREMENT.line();

        assertEquals(REQUIREMENT.toString().replace("AsRecord[", "DeficitLine["), line.toString());
        assertEquals(REQUIREMENT.hashCode(), line.hashCode());
        assertEquals(line, REQUIREMENT.line());
        assertEquals(REQUIREMENT.comparedAt(), line.comparedAt());
        assertEquals(REQUIREMENT.supply(), line.supply());
        assertEquals(REQUIREMENT.status(), line.status());
    }

    @Test
    void linesDifferingInAnyOneComponentDiffer() {
        List<AsRecord> changed = eachComponentChanged();
        assertEquals(21, changed.size());
        DeficitLine line = REQUIREMENT.line();
        for (AsRecord other : changed) {
            DeficitLine otherLine = other.line();
            assertNotEquals(line, otherLine, other.toString());
            assertEquals(other.toString().replace("AsRecord[", "DeficitLine["), otherLine.toString());
            assertEquals(other.hashCode(), otherLine.hashCode());
        }
    }

    @Test
    void linesOfOneRuleShareWhatTheRuleFixes() {
        AsRecord r = REQUIREMENT;
        DeficitLine a = r.line();
        DeficitLine b = new DeficitLine(DeficitLine.Scope.STANDARD, CircuitCode.of("17D05C11"), "Quito 11",
                r.sector(), new String(r.typology()), r.measure(), 3, 1, 0, 2, 0, new String(r.rule()),
                new String(r.standard()), Provenance.sourced("MSP 2015"), "population=3000",
                new java.util.HashSet<>(r.supply()), null, null, null, null, null);

        assertSame(a.rule(), b.rule());
        assertSame(a.typology(), b.typology());
        assertSame(a.supply(), b.supply());
        assertSame(a.provenance(), b.provenance());
    }

    @Test
    void omittedComponentsTakeTheRecordsDefaults() {
        DeficitLine line = new DeficitLine(null, CircuitCode.of("17D05C11"), "Quito 11", Sector.HEALTH, "T",
                Measure.ESTABLISHMENTS, 1, 0, 0, 1, 0, "rule", "std", Provenance.assumed("test"), "", null, null,
                null, null, new ArrayList<>(List.of("b (2017)", "a (2023)")), null);

        assertNull(line.scope());
        assertEquals(Set.of("T"), line.supply());
        assertEquals(Assessment.NOT_ASSESSED, line.assessment());
        assertEquals(line.code(), line.comparedAt());
        assertEquals("", line.comparison());
        assertEquals(List.of("a (2023)", "b (2017)"), line.sources());
        assertEquals(Provenance.Status.ASSUMED, line.status());
    }
}
