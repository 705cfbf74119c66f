package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.UnitCost;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.cli.Desconcentra;
import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryValidator;
import io.github.desconcentra.territory.io.TerritoryCsv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example files of docs/FORMATS.md load through the public loaders, and the page lists what the loader reads. */
class FormatsExamplesTest {
    private static final Path FORMATS = Path.of("formats");
    private static final Path DOC = Path.of("../docs/FORMATS.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static final Territory SIGCHOS = TerritoryCsv.load(FORMATS.resolve("territory"));
    private static final Catalogue CATALOGUE = StandardsEngine.embedded().catalogue();

    private static Map<String, Establishment> byId(Inventory inventory) {
        Map<String, Establishment> m = new TreeMap<>();
        inventory.establishments().forEach(e -> m.put(e.id(), e));
        return m;
    }

    @Test
    void theExampleTerritoryIsSigchosWithItsProjectionAndAgeStructure() {
        assertEquals(List.of("05D05C01", "05D05C02", "05D05C03", "05D05C04"),
                SIGCHOS.circuits().stream().map(c -> c.code().value()).toList());
        assertEquals(5, SIGCHOS.parishes().size());
        // CPV 2022: 7,560 + 6,075 + 1,945 + 1,850 + 1,030.
        assertEquals(18_460, SIGCHOS.population(DistrictCode.of("05D05")));
        assertTrue(TerritoryValidator.validate(SIGCHOS.data()).errors().isEmpty());
        // INEC projects canton 0507 at 19,011 in 2022 and 18,216 in 2030 (projections.csv): the census population
        // follows the projection's change, 18,460 x 18,216 / 19,011 = 17,687.97.
        assertEquals(17_688, SIGCHOS.projectedTo(2030).population(DistrictCode.of("05D05")));
    }

    @Test
    void theExampleInventoryLoadsWithEveryRecordAcceptedAndItsMeasuresAsDocumented() {
        Inventory csv = InventoryIo.read(FORMATS.resolve("inventory.csv"), SIGCHOS, CATALOGUE);
        assertEquals("read 5, accepted 5, excluded 0, rejected 0", csv.accounting());
        Map<String, Establishment> e = byId(csv);

        Establishment school = e.get("EX-SCH-1");
        assertEquals(List.of(420L, 18L, 1L), List.of(school.capacity(), school.staff(), school.units()));
        assertEquals(Condition.NEEDS_REPAIR, school.condition());
        assertTrue(school.location() != null);

        // Two fire stations of 50 posts and 50 firefighters each (the typology's nominal figures, assumed).
        Establishment fire = e.get("EX-FIRE-1");
        assertEquals(List.of(2L, 100L, 100L), List.of(fire.units(), fire.capacity(), fire.staff()));
        assertEquals(Provenance.Status.ASSUMED, fire.capacityStatus());
        assertEquals("05D05", fire.within().value());

        // A type-B police unit's 16 posts stand in; its staff is unknown, not 0.
        Establishment upc = e.get("EX-UPC-1");
        assertEquals(16L, upc.capacity());
        assertNull(upc.staffStatus());
        assertEquals(Provenance.Status.INFERRED, upc.typologyStatus());

        Establishment cibv = e.get("EX-CIBV-1");
        assertEquals(Condition.UNUSABLE, cibv.condition());
        assertEquals(Provenance.Status.ESTIMATED, cibv.capacityStatus());
        assertEquals(9L, e.get("EX-CS-1").staff(), "a type-A centre's nine professionals");
    }

    @Test
    void theJsonExampleHoldsTheSameRecordsAsTheCsvOne() {
        Inventory csv = InventoryIo.read(FORMATS.resolve("inventory.csv"), SIGCHOS, CATALOGUE);
        Inventory json = InventoryIo.read(FORMATS.resolve("inventory.json"), SIGCHOS, CATALOGUE);
        assertEquals("read 5, accepted 5, excluded 0, rejected 0", json.accounting());
        assertEquals(csv.establishments().stream().map(x -> x.withSource("")).toList(),
                json.establishments().stream().map(x -> x.withSource("")).toList());
    }

    @Test
    void theExampleUnitCostsAndBudgetLoad() {
        UnitCosts costs = UnitCosts.read(FORMATS.resolve("unit_costs.csv"));
        UnitCost upc = costs.of("UPC_B").orElseThrow();
        assertEquals(UnitCost.Basis.ESTABLISHMENTS, upc.basis());
        assertEquals(Money.of(new BigDecimal("364384"), Money.USD), upc.capex());
        assertEquals(2016, upc.priceYear());
        assertEquals(Money.of(new BigDecimal("637000"), Money.USD), costs.of("ESTACION_BOMBEROS").orElseThrow()
                .capex());
        assertTrue(costs.of("CS_A").isEmpty());

        Budget budget = Budget.read(FORMATS.resolve("budget.csv"));
        assertEquals(List.of(2027, 2029), List.of(budget.firstYear(), budget.lastYear()));
        assertEquals(Money.of(new BigDecimal("20000000"), Money.USD), budget.total().get(2028));
        assertEquals(Money.of(new BigDecimal("25000000.50"), Money.USD), budget.total().get(2029));
        assertEquals(Map.of("police", Money.of(new BigDecimal("5000000"), Money.USD)), budget.perSector().get(2027));
    }

    /** The lines of the doc from the one holding {@code marker} to the next blank line after some text. */
    private static List<String> block(List<String> doc, String marker) {
        int i = doc.indexOf(marker);
        assertTrue(i >= 0, "docs/FORMATS.md has " + marker);
        List<String> out = new ArrayList<>();
        for (int j = i + 1; j < doc.size() && !(doc.get(j).isBlank() && !out.isEmpty()); j++) {
            if (!doc.get(j).isBlank()) {
                out.add(doc.get(j));
            }
        }
        return out;
    }

    private static Set<String> codes(List<String> lines) {
        Set<String> s = new LinkedHashSet<>();
        for (String l : lines) {
            Matcher m = CODE.matcher(l);
            while (m.find()) {
                s.add(m.group(1));
            }
        }
        return s;
    }

    @Test
    void theDocumentedInventoryColumnsAreExactlyTheOnesTheLoaderReads() throws Exception {
        List<String> doc = Files.readAllLines(DOC);
        List<String> rows = block(doc, "<!-- columns: the table below lists every column InventoryIo reads, required"
                + " ones marked \"yes\" -->").stream().filter(l -> l.startsWith("| `")).toList();
        List<String> documented = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String column = cells[1].trim().replace("`", "");
            documented.add(column);
            if (cells[2].trim().startsWith("yes")) {
                required.add(column);
            }
        }
        assertEquals(InventoryIo.COLUMNS, documented);
        assertEquals(InventoryIo.COLUMNS.subList(0, 8), required);
        assertEquals(String.join(",", InventoryIo.COLUMNS), Files.readAllLines(FORMATS.resolve("inventory.csv"))
                .get(0), "the example shows every column");
    }

    @Test
    void theDocumentedAllowedValuesAreExactlyTheOnesTheLoaderAccepts() throws Exception {
        List<String> doc = Files.readAllLines(DOC);
        assertEquals(Arrays.stream(Sector.values()).map(Sector::id).toList(),
                new ArrayList<>(codes(block(doc, "<!-- sectors -->"))));
        assertEquals(Arrays.stream(Condition.values()).map(Condition::id).toList(),
                new ArrayList<>(codes(block(doc, "<!-- conditions -->"))));
        List<String> statuses = new ArrayList<>(Arrays.stream(Provenance.Status.values()).map(Provenance.Status::id)
                .toList());
        statuses.add(InventoryIo.UNKNOWN);
        assertEquals(statuses, codes(block(doc, "<!-- statuses -->")).stream().filter(c -> !c.endsWith("_status"))
                .toList());
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String row : block(doc, "<!-- typologies -->")) {
            if (row.startsWith("| `")) {
                String[] cells = row.split("\\|");
                documented.put(cells[1].trim().replace("`", ""), new TreeSet<>(codes(List.of(cells[2]))));
            }
        }
        Map<String, Set<String>> catalogue = CATALOGUE.typologies().values().stream().collect(Collectors.groupingBy(
                t -> t.sector().id(), TreeMap::new, Collectors.mapping(t -> t.code(), Collectors.toCollection(
                        TreeSet::new))));
        assertEquals(catalogue, documented);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Desconcentra.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theExampleInventoryEvaluatesOnTheExampleTerritory(@TempDir Path dir) throws Exception {
        String[] r = run("evaluate", "--territory", FORMATS.resolve("territory").toString(), "--inventory",
                FORMATS.resolve("inventory.csv").toString(), "--out", dir.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("inventory: file:inventory.csv (as given)"), r[1]);
        assertTrue(Files.readString(dir.resolve("deficits.csv")).contains("file:inventory.csv"));
    }

    @Test
    void aBadExampleLineIsNamedWithItsFileLineAndValue(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(FORMATS.resolve("inventory.csv")));
        lines.set(2, lines.get(2).replace("needs_repair", "broken"));
        Path bad = Files.write(dir.resolve("inventory.csv"), lines);
        String[] r = run("evaluate", "--territory", FORMATS.resolve("territory").toString(), "--inventory",
                bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Integer.toString(Desconcentra.INPUT_ERROR), r[0]);
        String first = r[2].lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("desconcentra: error: " + bad + ":3: EX-SCH-1: condition \"broken\""), r[2]);
        String doc = Files.readString(DOC);
        assertTrue(doc.contains(first.replace(bad.toString(), "inventory.csv")), "docs/FORMATS.md shows " + first);

        Path territory = Files.createDirectories(dir.resolve("territory"));
        try (var files = Files.list(FORMATS.resolve("territory"))) {
            for (Path f : files.toList()) {
                Files.copy(f, territory.resolve(f.getFileName().toString()));
            }
        }
        List<String> parishes = new ArrayList<>(Files.readAllLines(territory.resolve("parishes.csv")));
        parishes.set(2, parishes.get(2).replace(",rural,", ",village,"));
        Files.write(territory.resolve("parishes.csv"), parishes);
        InputException e = assertThrows(InputException.class, () -> TerritoryCsv.load(territory));
        assertTrue(e.problems().get(0).toString().startsWith("parishes.csv:3: "), e.problems().toString());
        assertTrue(e.problems().get(0).toString().contains("village"), e.problems().toString());
        assertTrue(doc.contains(e.problems().get(0).toString()), "docs/FORMATS.md shows " + e.problems().get(0));

        List<String> budget = new ArrayList<>(Files.readAllLines(FORMATS.resolve("budget.csv")));
        budget.set(3, budget.get(3).replace("20000000", "-1"));
        Path badBudget = Files.write(dir.resolve("budget.csv"), budget);
        InputException b = assertThrows(InputException.class, () -> Budget.read(badBudget));
        assertEquals(badBudget + ":4: amount: must not be negative (value \"-1\")", b.problems().get(0).toString());
    }
}
