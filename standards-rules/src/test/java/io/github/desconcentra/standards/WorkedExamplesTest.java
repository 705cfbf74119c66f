package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.UnitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/STANDARDS.md are recomputed here: each row's unit is fired through the embedded rules
 * and its "required" must be what the rules give, so the document cannot drift from the standards.
 */
class WorkedExamplesTest {
    private static final Path DOC = Path.of("../docs/STANDARDS.md");

    private record Row(Sector sector, Level level, Map<String, Long> people, String typology, Measure measure,
                       long required, String line) {
    }

    private static List<Row> rows() throws Exception {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("<!-- worked-examples -->");
        assertTrue(start >= 0, "docs/STANDARDS.md has no worked examples");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            Map<String, Long> people = new HashMap<>();
            for (String kv : cells[3].strip().split(" ")) {
                String[] p = kv.split("=");
                people.put(p[0], Long.parseLong(p[1]));
            }
            String[] requirement = cells[4].strip().split(" ");
            rows.add(new Row(Sector.fromId(cells[1].strip()), Level.fromId(cells[2].strip()), people, requirement[0],
                    Measure.fromId(requirement[1]), Long.parseLong(cells[5].strip()), line));
        }
        return rows;
    }

    private static UnitFact unit(Level level, Map<String, Long> p) {
        UnitCode code = UnitCode.parse(switch (level) {
            case NATION -> "EC";
            case ZONE -> "Z1";
            case DISTRICT -> "01D01";
            default -> "01D01C01";
        });
        long c02 = p.getOrDefault("children_0_2", 0L);
        long school = p.getOrDefault("school_age", 0L);
        UnitFact uniform = new UnitFact(code, level, "worked example", p.get("population"), c02,
                p.getOrDefault("children_3_4", 0L), school, p.getOrDefault("adults_65_plus", 0L));
        long basic = p.getOrDefault("school_age_5_14", uniform.schoolAge5to14());
        return new UnitFact(code, level, "worked example", uniform.population(), c02, uniform.children3to4(), school,
                uniform.adults65Plus(), p.getOrDefault("children_1_2", uniform.children1to2()), basic,
                school - basic);
    }

    @Test
    void everyWorkedExampleOfTheStandardsDocumentIsWhatTheRulesGive() throws Exception {
        List<Row> rows = rows();
        Set<Sector> sectors = new HashSet<>();
        for (Row r : rows) {
            long required = StandardsEngine.embedded().ideal(unit(r.level(), r.people()), EnumSet.of(r.sector()))
                    .stream().filter(q -> q.typology().equals(r.typology()) && q.measure() == r.measure())
                    .mapToLong(Requirement::quantity).sum();
            assertEquals(r.required(), required, r.line());
            sectors.add(r.sector());
        }
        assertEquals(EnumSet.allOf(Sector.class), sectors, "a worked example per sector");
        assertTrue(rows.size() >= 18, "rows: " + rows.size());
    }
}
