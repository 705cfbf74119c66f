package io.github.desconcentra.territory.reference;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.Apportionment;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official SENPLADES circuit table ({@value #FILE}, one row per parish or parish part of 2011–2012) carried to
 * the DPA 2025 parishes through the {@link Crosswalk}. Package-private; {@link ReferenceDatasetBuilder} documents the
 * policies.
 *
 * <p>A parish held by several rows is split among their circuits in proportion to the rows' populations (census 2001
 * or 2010 as the table records them), as exact decimal shares of {@value #SHARE_SCALE} places that add up to 1
 * (largest remainder). A split parish whose rows lack a population, or whose rows mix census years (other than a
 * row absorbed from a former parish, which the crosswalk documents), is a problem: the table cannot split it.
 */
final class OfficialCircuits {
    static final String FILE = "circuits_senplades_2012.csv";
    static final int SHARE_SCALE = 12;
    private static final long SHARE_UNITS = 1_000_000_000_000L;

    /** One row of the official table. */
    record Row(long line, CircuitCode circuit, DistrictCode district, String parish2012, String partName,
               long population, int year) {
    }

    /** How a circuit came to hold a DPA 2025 parish. */
    enum Origin { ROW, ABSORBED_ROW, CROSSWALK }

    /** One circuit's hold on a DPA 2025 parish, before shares are fixed. */
    private record Holding(CircuitCode circuit, long weight, int year, String partName, Origin origin, long line) {
    }

    /**
     * A circuit's part of a DPA 2025 parish.
     *
     * @param circuit never null
     * @param parish never null
     * @param share within (0, 1], exact
     * @param partName the table's name of the part when the parish is split and its parts are told apart by name;
     *     else empty
     * @param rawPartName the table's {@code part_name} of the row (empty for a parish attached by the crosswalk)
     */
    record Part(CircuitCode circuit, ParishCode parish, BigDecimal share, String partName, String rawPartName) {
    }

    /**
     * The table carried to DPA 2025.
     *
     * @param rows the rows read, in file order
     * @param parts the parts of every DPA 2025 parish, by parish, each list in circuit order
     * @param officialDistricts the district of each circuit as the table gives it (absent for {@code 000C} codes)
     */
    record Result(List<Row> rows, Map<ParishCode, List<Part>> parts, Map<CircuitCode, DistrictCode> officialDistricts) {
        /** The circuits of each district in the table, by code prefix. */
        Map<DistrictCode, Set<CircuitCode>> circuitsByOfficialDistrict() {
            Map<DistrictCode, Set<CircuitCode>> m = new TreeMap<>();
            officialDistricts.forEach((c, d) -> m.computeIfAbsent(d, k -> new TreeSet<>()).add(c));
            return m;
        }

        /** The parts each circuit holds, by circuit, in parish order. */
        Map<CircuitCode, List<Part>> partsByCircuit() {
            Map<CircuitCode, List<Part>> m = new TreeMap<>();
            parts.values().forEach(l -> l.forEach(p -> m.computeIfAbsent(p.circuit(), k -> new ArrayList<>())
                    .add(p)));
            m.values().forEach(l -> l.sort(Comparator.comparing(Part::parish)));
            return m;
        }
    }

    private OfficialCircuits() {
    }

    /**
     * Reads the table and applies the crosswalk.
     *
     * @param in the table, closed by this method
     * @param parishes the DPA 2025 parishes of the dataset
     * @param crosswalk never null
     * @param problems where every problem goes (the result is then incomplete)
     */
    static Result read(InputStream in, Map<ParishCode, Parish> parishes, Crosswalk crosswalk,
                       List<Problem> problems) {
        List<Row> rows = readRows(in, problems);
        Map<String, List<Crosswalk.Entry>> byRow = new HashMap<>();
        for (Crosswalk.Entry e : crosswalk.entries()) {
            if (!parishes.containsKey(e.parish2025())) {
                problems.add(e.problem("parish_code_2025", e.parish2025().value(), "not a parish of the dataset"));
            } else if (e.relation() == Crosswalk.Relation.RECODED || e.relation() == Crosswalk.Relation.ABSORBED) {
                byRow.computeIfAbsent(e.circuit() + "/" + e.parish2012(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<ParishCode, List<Holding>> holdings = new TreeMap<>();
        Map<CircuitCode, DistrictCode> districts = new TreeMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.district() != null) {
                districts.put(r.circuit(), r.district());
            }
            String key = r.circuit() + "/" + r.parish2012();
            List<Crosswalk.Entry> entries = byRow.get(key);
            if (entries != null) {
                used.add(key);
                for (Crosswalk.Entry e : entries) {
                    holdings.computeIfAbsent(e.parish2025(), k -> new ArrayList<>()).add(new Holding(r.circuit(),
                            r.population(), r.year(), r.partName(), e.relation() == Crosswalk.Relation.ABSORBED
                            ? Origin.ABSORBED_ROW : Origin.ROW, r.line()));
                }
                continue;
            }
            ParishCode code = ParishCode.of(r.parish2012());
            if (!parishes.containsKey(code)) {
                problems.add(new Problem(FILE, r.line(), "parish_code_2012", r.parish2012(), "not a DPA 2025 parish"
                        + " of parishes.csv, and the crosswalk " + Crosswalk.RESOURCE + " does not say where it went"
                        + " (circuit " + r.circuit() + ")"));
                continue;
            }
            holdings.computeIfAbsent(code, k -> new ArrayList<>()).add(new Holding(r.circuit(), r.population(),
                    r.year(), r.partName(), Origin.ROW, r.line()));
        }
        byRow.forEach((key, entries) -> {
            if (!used.contains(key)) {
                entries.forEach(e -> problems.add(e.problem("circuit_code", key, "no row of " + FILE
                        + " has this circuit and 2012 parish")));
            }
        });
        attachNewParishes(crosswalk, holdings, districts, problems);
        for (Parish p : parishes.values()) {
            if (!holdings.containsKey(p.code())) {
                problems.add(Problem.of(FILE, "parish " + p.code() + " (" + p.name() + ") is in no row of the table"
                        + " and the crosswalk " + Crosswalk.RESOURCE + " does not attach it to a circuit"));
            }
        }
        Map<ParishCode, List<Part>> parts = new TreeMap<>();
        holdings.forEach((parish, hs) -> parts.put(parish, split(parish, hs, problems)));
        return new Result(List.copyOf(rows), parts, districts);
    }

    private static List<Row> readRows(InputStream in, List<Problem> problems) {
        CsvTable t = CsvTable.read(FILE, in, List.of("circuit_code", "district_code", "parish_code_2012",
                "part_name", "population", "population_year"), List.of("canton_code_2012", "province_code_2012",
                "population_alt", "population_alt_year", "area_km2"), null, problems);
        Cells cells = new Cells(FILE, problems);
        List<Row> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            CircuitCode circuit = cells.parse(row, "circuit_code", CircuitCode::of);
            DistrictCode district = cells.optional(row, "district_code", DistrictCode::of);
            String parish = cells.parse(row, "parish_code_2012", s -> ParishCode.of(s).value());
            Long population = cells.count(row, "population");
            Long year = cells.count(row, "population_year");
            if (circuit == null || parish == null || population == null || year == null
                    || !row.get("district_code").isEmpty() && district == null) {
                continue;
            }
            if (circuit.isNonDelimited() != (district == null)) {
                cells.problem(row, "district_code", row.get("district_code"), circuit.isNonDelimited()
                        ? "a circuit of the former non-delimited zones has no district"
                        : "must name the district of circuit " + circuit);
                continue;
            }
            if (district != null && !circuit.district().equals(district)) {
                cells.problem(row, "district_code", district.value(), "circuit " + circuit + " nests in district "
                        + circuit.district());
                continue;
            }
            if (population > 0 && (year < 1950 || year > 2100)) {
                cells.problem(row, "population_year", row.get("population_year"), "must be the census year of the"
                        + " population");
                continue;
            }
            Long first = seen.putIfAbsent(circuit + "/" + parish, row.line());
            if (first != null) {
                cells.problem(row, "parish_code_2012", parish, "circuit " + circuit + " already holds this parish at"
                        + " line " + first);
                continue;
            }
            rows.add(new Row(row.line(), circuit, district, parish, row.get("part_name"), population,
                    year.intValue()));
        }
        return rows;
    }

    /** Attaches the parishes with no row of their own: created since 2012, or disputed. */
    private static void attachNewParishes(Crosswalk crosswalk, Map<ParishCode, List<Holding>> holdings,
                                          Map<CircuitCode, DistrictCode> districts, List<Problem> problems) {
        for (Crosswalk.Entry e : crosswalk.entries()) {
            List<Holding> added = new ArrayList<>();
            switch (e.relation()) {
                case CREATED -> {
                    List<Holding> parent = holdings.getOrDefault(ParishCode.of(e.parish2012()), List.of());
                    if (parent.stream().noneMatch(h -> h.circuit().equals(e.circuit()))) {
                        problems.add(e.problem("circuit_code", e.circuit().value(), "circuit does not hold the"
                                + " parent parish " + e.parish2012()));
                        continue;
                    }
                    added.add(new Holding(e.circuit(), 1, 0, "", Origin.CROSSWALK, e.line()));
                }
                case INHERITS_SPLIT -> {
                    List<Holding> parent = holdings.getOrDefault(ParishCode.of(e.parish2012()), List.of());
                    if (parent.size() < 2) {
                        problems.add(e.problem("parish_code_2012", e.parish2012(), "the parent parish is not split"
                                + " among circuits"));
                        continue;
                    }
                    parent.forEach(h -> added.add(new Holding(h.circuit(), h.weight(), h.year(), "",
                            Origin.CROSSWALK, e.line())));
                }
                case DISPUTED -> {
                    for (CircuitCode c : e.circuits()) {
                        if (!districts.containsKey(c)) {
                            problems.add(e.problem("circuit_code", c.value(), "no such circuit in " + FILE));
                        }
                        added.add(new Holding(c, 1, 0, "", Origin.CROSSWALK, e.line()));
                    }
                }
                default -> {
                    continue;
                }
            }
            if (holdings.containsKey(e.parish2025())) {
                problems.add(e.problem("parish_code_2025", e.parish2025().value(), "the parish already has rows in "
                        + FILE + " (or another crosswalk entry)"));
                continue;
            }
            holdings.put(e.parish2025(), added);
        }
    }

    /** Fixes the shares of one parish among the circuits holding it. */
    private static List<Part> split(ParishCode parish, List<Holding> holdings, List<Problem> problems) {
        Map<CircuitCode, Holding> merged = new TreeMap<>();
        for (Holding h : holdings) {
            merged.merge(h.circuit(), h, OfficialCircuits::merge);
        }
        List<Holding> hs = new ArrayList<>(merged.values());
        if (hs.size() == 1) {
            Holding h = hs.get(0);
            return List.of(new Part(h.circuit(), parish, BigDecimal.ONE, "", h.partName()));
        }
        Set<Integer> years = new TreeSet<>();
        Set<String> names = new LinkedHashSet<>();
        int before = problems.size();
        for (Holding h : hs) {
            if (h.weight() <= 0) {
                problems.add(new Problem(FILE, h.line(), "population", "0", "parish " + parish + " is split among "
                        + hs.size() + " circuits but this part has no population: the table cannot split it"));
            }
            if (h.origin() == Origin.ROW) {
                years.add(h.year());
            }
            names.add(h.partName());
        }
        if (years.size() > 1) {
            problems.add(Problem.of(FILE, "the parts of parish " + parish + " have populations of different census"
                    + " years " + years + ": their shares would not compare like with like"));
        }
        if (problems.size() > before) {
            return List.of();
        }
        long[] units = Apportionment.largestRemainder(SHARE_UNITS, hs.stream().map(h -> BigDecimal.valueOf(
                h.weight())).toList());
        boolean named = names.size() > 1;
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            Holding h = hs.get(i);
            parts.add(new Part(h.circuit(), parish, BigDecimal.valueOf(units[i], SHARE_SCALE),
                    named ? h.partName() : "", h.partName()));
        }
        return List.copyOf(parts);
    }

    /**
     * One circuit's holdings of a parish merged: a row absorbed from a former parish into a parish the same circuit
     * already holds (Tiputini into Nuevo Rocafuerte) adds its people to that part.
     */
    private static Holding merge(Holding a, Holding b) {
        Holding row = a.origin() == Origin.ROW ? a : b;
        return new Holding(a.circuit(), Math.addExact(a.weight(), b.weight()), row.year(), row.partName(),
                a.origin() == Origin.ROW || b.origin() == Origin.ROW ? Origin.ROW : a.origin(), row.line());
    }

    /**
     * Names every circuit after what it holds: the DPA 2025 name of each whole parish, and for a part of a split
     * parish its part name (after the parish name when the part name does not start with it), numbered
     * {@code k/n} where several circuits would otherwise share the label. Labels are joined by {@code ", "} in parish
     * order.
     */
    static Map<CircuitCode, String> names(Result result, Map<ParishCode, Parish> parishes) {
        Map<CircuitCode, Map<ParishCode, String>> labels = new TreeMap<>();
        for (Map.Entry<ParishCode, List<Part>> e : result.parts().entrySet()) {
            String parishName = parishes.get(e.getKey()).name();
            List<Part> parts = e.getValue();
            Map<String, List<Part>> byLabel = new LinkedHashMap<>();
            for (Part p : parts) {
                String label = parts.size() == 1 || p.partName().isEmpty() ? parishName : label(parishName,
                        p.partName());
                byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
            }
            byLabel.forEach((label, ps) -> {
                for (int i = 0; i < ps.size(); i++) {
                    String l = ps.size() == 1 ? label : label + " " + (i + 1) + "/" + ps.size();
                    labels.computeIfAbsent(ps.get(i).circuit(), k -> new TreeMap<>()).put(e.getKey(), l);
                }
            });
        }
        Map<CircuitCode, String> names = new TreeMap<>();
        labels.forEach((c, ls) -> names.put(c, String.join(", ", ls.values())));
        return names;
    }

    private static String label(String parishName, String partName) {
        String part = partName.replace('_', ' ').replaceAll("\\s+", " ").strip();
        return normalized(part).startsWith(normalized(parishName)) ? part : parishName + " - " + part;
    }

    /** Upper case without accents, blanks collapsed: how names of the table and of INEC are compared. */
    static String normalized(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
