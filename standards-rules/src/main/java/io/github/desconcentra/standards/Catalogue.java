package io.github.desconcentra.standards;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.Preconditions;
import java.io.InputStream;
import java.math.BigDecimal;
import io.github.desconcentra.territory.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The typologies, standard parameters, substitutions and minimum sets of the sectors, read per sector from
 * {@code typologies.csv} ({@code code,name_es,name_en,level,capacity_unit,capacity_per_shift,shifts,staff,source,
 * status}; {@code staff} as {@code role:count;role:count}), {@code parameters.csv}
 * ({@code standard,name,value,unit,source,status} and optionally {@code low,high,range_source}), and the optional
 * {@code substitutions.csv} ({@code typology,stands_in_for,measure,source,status}; lists {@code ;}-separated) and
 * {@code minimum_set.csv} ({@code level,item,typologies,quantity,source,status}). Every figure carries a source and a
 * status.
 */
public final class Catalogue {
    /** File name of a sector's typologies, in the sector's folder. */
    public static final String TYPOLOGIES = "typologies.csv";
    /** File name of a sector's standard parameters, in the sector's folder. */
    public static final String PARAMETERS = "parameters.csv";
    /** The optional file of substitutions between typologies (see {@link Substitution}). */
    public static final String SUBSTITUTIONS = "substitutions.csv";
    /** The optional file of the minimum set per level (see {@link MinimumItem}). */
    public static final String MINIMUM_SET = "minimum_set.csv";

    private final Map<String, Typology> typologies;
    private final List<Parameter> parameters;
    private final List<Substitution> substitutions;
    private final List<MinimumItem> minimumSet;
    /** Per measure, per typology, the typologies that stand in for it (transitively), sorted. */
    private final Map<Measure, Map<String, Set<String>>> standIns;
    /** The supply sets formed so far, per measure: requirements of one rule share theirs. */
    private final Map<Measure, Map<Set<String>, Set<String>>> counted = new EnumMap<>(Measure.class);
    private final Map<String, Origin> origins;

    /**
     * Where a typology or a parameter is written.
     *
     * @param file the file as named in messages, never null
     * @param line the physical line, 1-based
     */
    public record Origin(String file, long line) {
        /** @throws IllegalArgumentException when the line is below 1 */
        public Origin {
            Preconditions.requireNonNull(file, "file");
            Preconditions.check(line >= 1, "line must be at least 1: %d", line);
        }

        /** {@code file:line}. */
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /**
     * @param typologies never null; codes must be unique
     * @param parameters never null; (standard, name) must be unique
     * @throws IllegalArgumentException naming the code when one is duplicated
     */
    public Catalogue(List<Typology> typologies, List<Parameter> parameters) {
        this(typologies, parameters, List.of(), List.of(), Map.of());
    }

    /**
     * @param typologies never null; codes must be unique
     * @param parameters never null; (standard, name) must be unique
     * @param substitutions never null; every typology named must be in {@code typologies}, of the same sector
     * @param minimumSet never null; every typology named must be in {@code typologies}, of the item's sector
     * @throws IllegalArgumentException naming the code when one is duplicated or unknown
     */
    public Catalogue(List<Typology> typologies, List<Parameter> parameters, List<Substitution> substitutions,
                     List<MinimumItem> minimumSet) {
        this(typologies, parameters, substitutions, minimumSet, Map.of());
    }

    private Catalogue(List<Typology> typologies, List<Parameter> parameters, List<Substitution> substitutions,
                      List<MinimumItem> minimumSet, Map<String, Origin> origins) {
        Map<String, Typology> map = new TreeMap<>();
        for (Typology t : typologies) {
            if (map.putIfAbsent(t.code(), t) != null) {
                throw new IllegalArgumentException("typology " + t.code() + " is defined twice");
            }
        }
        this.typologies = Collections.unmodifiableMap(map);
        List<Parameter> sorted = new ArrayList<>(parameters);
        sorted.sort(Comparator.comparing(Parameter::standard).thenComparing(Parameter::name));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).standard().equals(sorted.get(i - 1).standard())
                    && sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("parameter " + sorted.get(i).standard() + "/"
                        + sorted.get(i).name() + " is defined twice");
            }
        }
        this.parameters = List.copyOf(sorted);
        for (Substitution x : substitutions) {
            Typology by = map.get(x.typology());
            Preconditions.check(by != null, "substitution names unknown typology %s", x.typology());
            for (String t : x.standsInFor()) {
                Typology of = map.get(t);
                Preconditions.check(of != null, "typology %s stands in for unknown typology %s", x.typology(), t);
                Preconditions.check(of.sector() == by.sector(), "typology %s of %s cannot stand in for typology %s"
                        + " of %s", x.typology(), by.sector().id(), t, of.sector().id());
            }
        }
        for (MinimumItem m : minimumSet) {
            for (String t : m.typologies()) {
                Typology ty = map.get(t);
                Preconditions.check(ty != null && ty.sector() == m.sector(), "minimum-set item %s names typology %s,"
                        + " which is not a %s typology", m.item(), t, m.sector().id());
            }
        }
        this.substitutions = List.copyOf(substitutions);
        this.minimumSet = List.copyOf(minimumSet);
        this.standIns = closure(this.substitutions);
        for (Measure m : Measure.values()) {
            counted.put(m, new java.util.concurrent.ConcurrentHashMap<>());
        }
        this.origins = Map.copyOf(origins);
    }

    /** Per measure, per typology, every typology that reaches it by a chain of substitutions. */
    private static Map<Measure, Map<String, Set<String>>> closure(List<Substitution> substitutions) {
        Map<Measure, Map<String, Set<String>>> out = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            Map<String, Set<String>> direct = new TreeMap<>();
            for (Substitution x : substitutions) {
                if (x.measures().contains(m)) {
                    for (String t : x.standsInFor()) {
                        direct.computeIfAbsent(t, k -> new TreeSet<>()).add(x.typology());
                    }
                }
            }
            Map<String, Set<String>> all = new TreeMap<>();
            for (String t : direct.keySet()) {
                Set<String> seen = new TreeSet<>();
                ArrayDeque<String> todo = new ArrayDeque<>(direct.get(t));
                while (!todo.isEmpty()) {
                    String next = todo.pop();
                    if (!next.equals(t) && seen.add(next)) {
                        todo.addAll(direct.getOrDefault(next, Set.of()));
                    }
                }
                all.put(t, Collections.unmodifiableSet(seen));
            }
            out.put(m, Collections.unmodifiableMap(all));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The substitutions, in file order (sector by sector). */
    public List<Substitution> substitutions() {
        return substitutions;
    }

    /** The minimum set of every sector and level, in file order (sector by sector). */
    public List<MinimumItem> minimumSet() {
        return minimumSet;
    }

    /**
     * The typologies that stand in for a typology on a measure, directly or by a chain of substitutions; sorted,
     * empty when none.
     */
    public Set<String> standIns(String typology, Measure measure) {
        return standIns.get(measure).getOrDefault(typology, Set.of());
    }

    /**
     * The supply a requirement counts: the typologies its rule names and every typology that stands in for one of
     * them on the requirement's measure. Shared sets: requirements with the same rule supply share one.
     *
     * @param supply the typologies the rule names, never null
     * @param measure the requirement's measure, never null
     * @return an unmodifiable set, never empty when {@code supply} is not
     */
    public Set<String> countedSupply(Set<String> supply, Measure measure) {
        return counted.get(measure).computeIfAbsent(supply, s -> {
            Set<String> all = new TreeSet<>(s);
            s.forEach(t -> all.addAll(standIns(t, measure)));
            return all.size() == s.size() ? s : Set.copyOf(all);
        });
    }

    private static String typologyKey(String code) {
        return "typology " + code;
    }

    private static String parameterKey(String standard, String name) {
        return "parameter " + standard + "/" + name;
    }

    /** Where the typology with this code is written, when the catalogue was read from files. */
    public Optional<Origin> origin(String typologyCode) {
        return Optional.ofNullable(origins.get(typologyKey(typologyCode)));
    }

    /** Where this parameter is written, when the catalogue was read from files. */
    public Optional<Origin> origin(Parameter p) {
        return Optional.ofNullable(origins.get(parameterKey(p.standard(), p.name())));
    }

    /** All typologies by code, sorted. */
    public Map<String, Typology> typologies() {
        return typologies;
    }

    /** The typology with this code, if any. */
    public Optional<Typology> typology(String code) {
        return Optional.ofNullable(typologies.get(code));
    }

    /** All parameters, sorted by standard and name. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * A copy with some parameters' values replaced (a what-if or a sensitivity swing): each given parameter replaces
     * the one of the same standard and name; typologies, substitutions, the minimum set and origins are kept.
     *
     * @param changed never null; each must name a parameter of this catalogue
     * @throws IllegalArgumentException naming the parameter when it is not in this catalogue
     */
    public Catalogue withParameters(List<Parameter> changed) {
        Map<String, Parameter> byKey = new java.util.LinkedHashMap<>();
        for (Parameter p : parameters) {
            byKey.put(parameterKey(p.standard(), p.name()), p);
        }
        for (Parameter p : changed) {
            String key = parameterKey(p.standard(), p.name());
            Preconditions.check(byKey.containsKey(key), "parameter %s/%s is not in the catalogue", p.standard(),
                    p.name());
            byKey.put(key, p);
        }
        return new Catalogue(List.copyOf(typologies.values()), List.copyOf(byKey.values()), substitutions, minimumSet,
                origins);
    }

    /** The parameters of the given sectors' standards (a standard id starts with its sector's code). */
    public List<Parameter> parameters(java.util.Set<Sector> sectors) {
        return parameters.stream().filter(p -> sectors.stream().anyMatch(s -> p.standard().startsWith(
                s.standardPrefix()))).toList();
    }

    /**
     * Reads the typologies and parameters of one sector.
     *
     * @param opener opens a file of the sector's folder by name, or returns empty
     * @param location a prefix for messages, e.g. {@code health/}
     * @throws InputException with every problem found
     */
    public static Catalogue read(Sector sector, Function<String, Optional<InputStream>> opener, String location) {
        List<Problem> problems = new ArrayList<>();
        List<Typology> typologies = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        Map<String, Origin> origins = new TreeMap<>();
        String tFile = location + TYPOLOGIES;
        Set<String> codes = new TreeSet<>();
        Optional<InputStream> t = opener.apply(TYPOLOGIES);
        if (t.isEmpty()) {
            problems.add(Problem.of(tFile, "required file is missing"));
        } else {
            CsvTable table = CsvTable.read(tFile, t.get(), List.of("code", "name_es", "name_en", "level",
                    "capacity_unit", "capacity_per_shift", "shifts", "staff", "source", "status"), List.of(), null,
                    problems);
            Cells cells = new Cells(tFile, problems);
            Map<String, Long> firstLine = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                String code = cells.text(row, "code");
                if (code != null) {
                    codes.add(code);
                }
                if (code != null && firstLine.putIfAbsent(code, row.line()) != null) {
                    cells.problem(row, "code", code, "typology " + code + " is already defined at line "
                            + firstLine.get(code));
                    continue;
                }
                String es = cells.text(row, "name_es");
                String en = cells.text(row, "name_en");
                Level level = cells.parse(row, "level", Level::fromId);
                CapacityUnit unit = cells.parse(row, "capacity_unit", CapacityUnit::fromId);
                Long capacity = cells.count(row, "capacity_per_shift");
                Long shifts = cells.count(row, "shifts");
                Map<String, Integer> staff = cells.optional(row, "staff", Catalogue::parseStaff);
                Provenance prov = provenance(cells, row);
                if (code == null || es == null || en == null || level == null || unit == null || capacity == null
                        || shifts == null || prov == null || (staff == null && !row.get("staff").isEmpty())) {
                    continue;
                }
                try {
                    typologies.add(new Typology(code, sector, es, en, level, unit, capacity,
                            Math.toIntExact(shifts), staff == null ? Map.of() : staff, prov));
                    origins.put(typologyKey(code), new Origin(tFile, row.line()));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    cells.problem(row, "code", code, e.getMessage());
                }
            }
        }
        String pFile = location + PARAMETERS;
        Optional<InputStream> p = opener.apply(PARAMETERS);
        if (p.isEmpty()) {
            problems.add(Problem.of(pFile, "required file is missing"));
        } else {
            CsvTable table = CsvTable.read(pFile, p.get(), List.of("standard", "name", "value", "unit", "source",
                    "status"), List.of("low", "high", "range_source"), null, problems);
            Cells cells = new Cells(pFile, problems);
            Map<String, Long> first = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                String standard = cells.text(row, "standard");
                String name = cells.text(row, "name");
                BigDecimal value = cells.parse(row, "value", Catalogue::parseValue);
                Provenance prov = provenance(cells, row);
                Range range = cells.range(row, value, Catalogue::parseValue);
                if (standard != null && !standard.startsWith(sector.standardPrefix())) {
                    cells.problem(row, "standard", standard, "a " + sector.id() + " standard id must start with "
                            + sector.standardPrefix());
                    continue;
                }
                if (standard == null || name == null || value == null || prov == null
                        || (range == null && Cells.hasRange(row))) {
                    continue;
                }
                Long prev = first.putIfAbsent(standard + "/" + name, row.line());
                if (prev != null) {
                    cells.problem(row, "name", name, "parameter " + standard + "/" + name
                            + " is already defined at line " + prev);
                    continue;
                }
                try {
                    parameters.add(new Parameter(standard, name, value, row.get("unit"), prov, range));
                    origins.put(parameterKey(standard, name), new Origin(pFile, row.line()));
                } catch (IllegalArgumentException e) {
                    cells.problem(row, "value", row.get("value"), e.getMessage());
                }
            }
        }
        // Codes written in typologies.csv, valid or not: a row with a bad value is reported there, not again here.
        List<Substitution> substitutions = readSubstitutions(sector, opener, location, codes, problems);
        List<MinimumItem> minimum = readMinimumSet(sector, opener, location, codes, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Catalogue(typologies, parameters, substitutions, minimum, origins);
    }

    /** Reads {@code substitutions.csv} when the sector has one. */
    private static List<Substitution> readSubstitutions(Sector sector, Function<String, Optional<InputStream>> opener,
                                                        String location, Set<String> own,
                                                        List<Problem> problems) {
        List<Substitution> out = new ArrayList<>();
        Optional<InputStream> in = opener.apply(SUBSTITUTIONS);
        if (in.isEmpty()) {
            return out;
        }
        String file = location + SUBSTITUTIONS;
        CsvTable table = CsvTable.read(file, in.get(), List.of("typology", "stands_in_for", "measure", "source",
                "status"), List.of(), null, problems);
        Cells cells = new Cells(file, problems);
        for (CsvTable.Row row : table.rows()) {
            String typology = ownTypology(cells, row, "typology", row.get("typology"), sector, own);
            List<String> targets = new ArrayList<>();
            boolean ok = typology != null;
            for (String t : list(cells, row, "stands_in_for")) {
                String code = ownTypology(cells, row, "stands_in_for", t, sector, own);
                ok &= code != null;
                if (code != null && code.equals(typology)) {
                    cells.problem(row, "stands_in_for", t, "a typology cannot stand in for itself");
                    ok = false;
                }
                targets.add(code);
            }
            Set<Measure> measures = EnumSet.noneOf(Measure.class);
            for (String m : list(cells, row, "measure")) {
                Measure parsed = cells.parseValue(row, "measure", m, Measure::fromId);
                ok &= parsed != null;
                if (parsed != null) {
                    measures.add(parsed);
                }
            }
            Provenance prov = provenance(cells, row);
            if (ok && prov != null && !targets.isEmpty() && !measures.isEmpty()) {
                out.add(new Substitution(typology, new java.util.LinkedHashSet<>(targets), measures, prov));
            }
        }
        return out;
    }

    /** Reads {@code minimum_set.csv} when the sector has one. */
    private static List<MinimumItem> readMinimumSet(Sector sector, Function<String, Optional<InputStream>> opener,
                                                    String location, Set<String> own,
                                                    List<Problem> problems) {
        List<MinimumItem> out = new ArrayList<>();
        Optional<InputStream> in = opener.apply(MINIMUM_SET);
        if (in.isEmpty()) {
            return out;
        }
        String file = location + MINIMUM_SET;
        CsvTable table = CsvTable.read(file, in.get(), List.of("level", "item", "typologies", "quantity", "source",
                "status"), List.of(), null, problems);
        Cells cells = new Cells(file, problems);
        for (CsvTable.Row row : table.rows()) {
            Level level = cells.parse(row, "level", v -> {
                Level l = Level.fromId(v);
                if (l != Level.CIRCUIT && l != Level.DISTRICT && l != Level.ZONE && l != Level.NATION) {
                    throw new IllegalArgumentException("must be circuit, district, zone or nation");
                }
                return l;
            });
            String item = cells.text(row, "item");
            List<String> codes = new ArrayList<>();
            boolean ok = true;
            for (String t : list(cells, row, "typologies")) {
                String code = ownTypology(cells, row, "typologies", t, sector, own);
                ok &= code != null;
                codes.add(code);
            }
            Long quantity = cells.count(row, "quantity");
            if (quantity != null && quantity < 1) {
                cells.problem(row, "quantity", row.get("quantity"), "must be at least 1");
                ok = false;
            }
            Provenance prov = provenance(cells, row);
            if (ok && level != null && item != null && !codes.isEmpty() && quantity != null && prov != null) {
                out.add(new MinimumItem(sector, level, item, codes, quantity, prov));
            }
        }
        return out;
    }

    /** The {@code ;}-separated entries of a required cell, trimmed; empty (with a problem) when the cell is. */
    private static List<String> list(Cells cells, CsvTable.Row row, String column) {
        String v = cells.text(row, column);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(";")) {
            if (part.isBlank()) {
                cells.problem(row, column, v, "holds an empty entry (write entries separated by ;)");
                return List.of();
            }
            out.add(part.strip());
        }
        return out;
    }

    /** A typology code of this sector's {@code typologies.csv}; null (with a problem) otherwise. */
    private static String ownTypology(Cells cells, CsvTable.Row row, String column, String code, Sector sector,
                                      Set<String> own) {
        if (code == null || code.isBlank()) {
            cells.problem(row, column, "", "must not be empty");
            return null;
        }
        if (!own.contains(code)) {
            cells.problem(row, column, code, "is not a typology of the " + sector.id() + " typologies.csv (a"
                    + " sector's substitutions and minimum set name its own typologies)");
            return null;
        }
        return code;
    }

    private static BigDecimal parseValue(String v) {
        BigDecimal d = Cells.parseDecimal(v);
        if (d.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        return d;
    }

    private static Provenance provenance(Cells cells, CsvTable.Row row) {
        String source = row.get("source");
        if (source.isEmpty()) {
            cells.problem(row, "source", "", "every figure needs a source (write how it was obtained)");
        }
        Provenance.Status status = cells.parse(row, "status", Provenance.Status::fromId);
        return source.isEmpty() || status == null ? null : new Provenance(source, status);
    }

    private static Map<String, Integer> parseStaff(String v) {
        Map<String, Integer> staff = new TreeMap<>();
        for (String part : v.split(";")) {
            String[] kv = part.split(":");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("staff must be written role:count;role:count");
            }
            staff.put(kv[0].trim(), Math.toIntExact(Cells.parseCount(kv[1])));
        }
        return staff;
    }

    /**
     * The union of catalogues.
     *
     * @throws InputException naming the code and both places it is written when two catalogues define the same
     *     typology or parameter, one problem for each
     */
    public static Catalogue merge(List<Catalogue> parts) {
        List<Typology> t = new ArrayList<>();
        List<Parameter> p = new ArrayList<>();
        List<Substitution> substitutions = new ArrayList<>();
        List<MinimumItem> minimum = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Catalogue> firstOwner = new TreeMap<>();
        for (Catalogue c : parts) {
            for (Typology ty : c.typologies.values()) {
                String key = typologyKey(ty.code());
                if (duplicate(key, "typology " + ty.code(), "code", ty.code(), c, firstOwner, problems)) {
                    continue;
                }
                t.add(ty);
            }
            for (Parameter pa : c.parameters) {
                String key = parameterKey(pa.standard(), pa.name());
                if (duplicate(key, "parameter " + pa.standard() + "/" + pa.name(), "name", pa.name(), c, firstOwner,
                        problems)) {
                    continue;
                }
                p.add(pa);
            }
            substitutions.addAll(c.substitutions);
            minimum.addAll(c.minimumSet);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, Origin> kept = new TreeMap<>();
        firstOwner.forEach((key, owner) -> {
            Origin o = owner.origins.get(key);
            if (o != null) {
                kept.put(key, o);
            }
        });
        return new Catalogue(t, p, substitutions, minimum, kept);
    }

    private static boolean duplicate(String key, String what, String column, String value, Catalogue owner,
                                     Map<String, Catalogue> firstOwner, List<Problem> problems) {
        Catalogue first = firstOwner.putIfAbsent(key, owner);
        if (first == null) {
            return false;
        }
        Origin before = first.origins.get(key);
        Origin here = owner.origins.get(key);
        String message = what + " is already defined" + (before == null ? "" : " at " + before);
        problems.add(here == null ? Problem.of("standards", message)
                : new Problem(here.file(), here.line(), column, value, message));
        return true;
    }
}
