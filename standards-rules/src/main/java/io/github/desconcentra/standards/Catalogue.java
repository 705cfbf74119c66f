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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The typologies and standard parameters of the sectors, read per sector from {@code typologies.csv}
 * ({@code code,name_es,name_en,level,capacity_unit,capacity_per_shift,shifts,staff,source,status}; {@code staff} as
 * {@code role:count;role:count}) and {@code parameters.csv} ({@code standard,name,value,unit,source,status}).
 * Every figure carries a source and a status.
 */
public final class Catalogue {
    /** File name of a sector's typologies, in the sector's folder. */
    public static final String TYPOLOGIES = "typologies.csv";
    /** File name of a sector's standard parameters, in the sector's folder. */
    public static final String PARAMETERS = "parameters.csv";

    private final Map<String, Typology> typologies;
    private final List<Parameter> parameters;
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
        this(typologies, parameters, Map.of());
    }

    private Catalogue(List<Typology> typologies, List<Parameter> parameters, Map<String, Origin> origins) {
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
        this.origins = Map.copyOf(origins);
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
                    "status"), List.of(), null, problems);
            Cells cells = new Cells(pFile, problems);
            Map<String, Long> first = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                String standard = cells.text(row, "standard");
                String name = cells.text(row, "name");
                BigDecimal value = cells.parse(row, "value", Catalogue::parseValue);
                Provenance prov = provenance(cells, row);
                if (standard != null && !standard.startsWith(sector.standardPrefix())) {
                    cells.problem(row, "standard", standard, "a " + sector.id() + " standard id must start with "
                            + sector.standardPrefix());
                    continue;
                }
                if (standard == null || name == null || value == null || prov == null) {
                    continue;
                }
                Long prev = first.putIfAbsent(standard + "/" + name, row.line());
                if (prev != null) {
                    cells.problem(row, "name", name, "parameter " + standard + "/" + name
                            + " is already defined at line " + prev);
                    continue;
                }
                try {
                    parameters.add(new Parameter(standard, name, value, row.get("unit"), prov));
                    origins.put(parameterKey(standard, name), new Origin(pFile, row.line()));
                } catch (IllegalArgumentException e) {
                    cells.problem(row, "value", row.get("value"), e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Catalogue(typologies, parameters, origins);
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
        return new Catalogue(t, p, kept);
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
