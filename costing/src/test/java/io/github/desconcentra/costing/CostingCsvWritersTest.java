package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostingCsvWritersTest {
    private static final DistrictCode UNIT = DistrictCode.of("17D01");
    private static final Territory ECUADOR = ReferenceTerritory.territory();

    private static CSVRecord first(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build())) {
            return p.getRecords().get(0);
        }
    }

    private static Project project() {
        Priority p = new Priority(new BigDecimal("0.75"), 2027, 1, 1, 0, BigDecimal.ONE, 100, 100, BigDecimal.ONE);
        return new Project("=p1", UNIT, "@health", "+CS_C", Action.BUILD, 2, 0, Money.parse("1500000.50", Money.USD),
                Money.parse("20000", Money.USD), 0, new TreeSet<>(List.of(2027)), 100, p, "-rule");
    }

    @Test
    void costsAndNotCostedNeutraliseTextAndWriteAmountsAsNumbers(@TempDir Path dir) throws Exception {
        CostLine line = new CostLine("standard", UNIT, "=HYPERLINK(\"http://x.test\")", "@TYPO", "-build", 3,
                Money.parse("4500000.00", Money.USD), Money.parse("60000.00", Money.USD), 2022, "rule");
        Gap gap = new Gap(UNIT, "+sector", "=TYPO", "places", 10, 4, 0, "rule");
        CostReport report = new CostReport(List.of(line), List.of(Map.entry(gap, "-no unit cost")), 2022);
        CostingCsv.writeCosts(report, ECUADOR, dir.resolve("costs.csv"));
        CostingCsv.writeNotCosted(report, ECUADOR, dir.resolve("not_costed.csv"));
        CSVRecord c = first(dir.resolve("costs.csv"));
        assertEquals(List.of("17D01", "Z9", "17D01"), List.of(c.get("code"), c.get("zone"), c.get("district")));
        assertEquals(List.of("'=HYPERLINK(\"http://x.test\")", "'@TYPO", "'-build", "3", "4500000.00", "60000.00"),
                List.of(c.get("sector"), c.get("typology"), c.get("action"), c.get("quantity"), c.get("capex"),
                        c.get("opex_per_year")));
        CSVRecord n = first(dir.resolve("not_costed.csv"));
        assertEquals(List.of("'+sector", "'=TYPO", "4", "'-no unit cost"), List.of(n.get("sector"),
                n.get("typology"), n.get("deficit"), n.get("reason")));
    }

    @Test
    void planAndUnfundedNeutraliseTextAndWriteAmountsAsNumbers(@TempDir Path dir) throws Exception {
        Territory t = ReferenceTerritory.territory();
        Planner greedy = new Planner(PriorityPolicy.DEFAULT);
        Plan funded = greedy.plan(Fixtures.projects(2027, 2027, project()), Budget.perYear(Money.parse("2000000",
                Money.USD), 2027, 2027));
        CostingCsv.writePlan(funded, t, dir.resolve("plan.csv"));
        CSVRecord p = first(dir.resolve("plan.csv"));
        assertEquals(List.of("2027", "'=p1", "'@health", "'+CS_C", "1500000.50", "20000.00", "0.75", "'-rule"),
                List.of(p.get("start"), p.get("project"), p.get("sector"), p.get("typology"), p.get("capex"),
                        p.get("opex_per_year"), p.get("priority"), p.get("rule")));
        Plan none = greedy.plan(Fixtures.projects(2027, 2027, project()), Budget.perYear(Money.parse("10",
                Money.USD), 2027, 2027));
        CostingCsv.writeUnfunded(none, t, dir.resolve("unfunded.csv"));
        CSVRecord u = first(dir.resolve("unfunded.csv"));
        assertEquals(List.of("'=p1", "'@health", "1500000.50"), List.of(u.get("project"), u.get("sector"),
                u.get("capex")));
        assertEquals(false, u.get("reason").isEmpty());
    }

    @Test
    void costsReadBackUnchangedAfterQuoting(@TempDir Path dir) {
        CostLine line = new CostLine("standard", UNIT, "=sector", "@TYPO", "-build", 3,
                Money.parse("4500000.00", Money.USD), Money.parse("60000.00", Money.USD), 2022, "");
        CostingCsv.writeCosts(new CostReport(List.of(line), List.of(), 2022), ECUADOR, dir.resolve("costs.csv"));
        CostLine back = CostingCsv.readCosts(dir.resolve("costs.csv")).get(0);
        assertEquals(List.of("=sector", "@TYPO", "-build"), List.of(back.sector(), back.typology(), back.action()));
        assertEquals(line.capex(), back.capex());
    }
}
