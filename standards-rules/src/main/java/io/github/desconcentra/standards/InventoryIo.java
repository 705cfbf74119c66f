package io.github.desconcentra.standards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads and writes inventories: the canonical CSV
 * ({@code id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,staff,name}) and a JSON array of
 * objects with the same fields. A record whose file structure is broken (header, encoding) fails the whole file
 * with an {@link InputException}; a record with bad values is <em>rejected</em> with its line and every reason, so
 * read = accepted + rejected always holds.
 *
 * <p>Checks per record: id present and unique; sector known; typology known and of that sector; parish and circuit
 * known in the territory, at least one of them, and the circuit holding the parish when both are given; lat and lon
 * together and in range; condition {@code good|needs_repair|unusable}; capacity and staff whole numbers not below 0
 * (empty = the typology's nominal figure).
 */
public final class InventoryIo {
    /** The canonical columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "sector", "typology", "parish_code", "circuit_code",
            "lat", "lon", "condition", "capacity", "staff", "name");
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private InventoryIo() {
    }

    /** Reads a CSV or JSON inventory file (by extension: {@code .json} is JSON, anything else CSV). */
    public static Inventory read(Path file, Territory territory, Catalogue catalogue) {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? readJson(name, in, territory, catalogue)
                    : readCsv(name, in, territory, catalogue);
        } catch (IOException e) {
            throw new InputException(Problem.of(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads a canonical inventory CSV.
     *
     * @throws InputException when the file's structure is broken
     */
    public static Inventory readCsv(String name, InputStream in, Territory territory, Catalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, COLUMNS.subList(0, 8), COLUMNS.subList(8, COLUMNS.size()), null,
                problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Checker checker = new Checker(name, territory, catalogue);
        for (CsvTable.Row row : t.rows()) {
            checker.check(row.line(), row.cells());
        }
        return checker.result();
    }

    /**
     * Reads a JSON array of establishments; the record number (1-based) stands for the line.
     *
     * @throws InputException when the document is not a JSON array
     */
    public static Inventory readJson(String name, InputStream in, Territory territory, Catalogue catalogue) {
        JsonNode root;
        try {
            root = JsonLimits.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(new Problem(name, line, "", "", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(Problem.of(name, "cannot be read: " + e.getMessage()));
        }
        if (root == null || !root.isArray()) {
            throw new InputException(Problem.of(name, "must hold a JSON array of establishments"));
        }
        Checker checker = new Checker(name, territory, catalogue);
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            Map<String, String> cells = new LinkedHashMap<>();
            if (n.isObject()) {
                for (String c : COLUMNS) {
                    JsonNode v = n.get(c);
                    cells.put(c, v == null || v.isNull() ? "" : v.asText());
                }
                n.fieldNames().forEachRemaining(f -> {
                    if (!COLUMNS.contains(f)) {
                        cells.put("?" + f, "");
                    }
                });
            }
            checker.check(i + 1, n.isObject() ? cells : null);
        }
        return checker.result();
    }

    /** Checks records one by one and collects accepted and rejected ones. */
    private static final class Checker {
        private final String file;
        private final Territory territory;
        private final Catalogue catalogue;
        private final List<Establishment> accepted = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final Map<String, Long> ids = new HashMap<>();

        Checker(String file, Territory territory, Catalogue catalogue) {
            this.file = file;
            this.territory = territory;
            this.catalogue = catalogue;
        }

        void check(long line, Map<String, String> cells) {
            if (cells == null) {
                rejected.add(new Rejection(file, line, "", "is not an object"));
                return;
            }
            List<String> reasons = new ArrayList<>();
            cells.keySet().stream().filter(k -> k.startsWith("?")).forEach(k -> reasons.add("unknown field "
                    + k.substring(1)));
            String id = get(cells, "id");
            if (id.isEmpty()) {
                reasons.add("id is empty");
            } else if (ids.containsKey(id)) {
                reasons.add("duplicate id (first at line " + ids.get(id) + ")");
            }
            Sector sector = parse(reasons, "sector", get(cells, "sector"), Sector::fromId);
            String typologyCode = get(cells, "typology");
            Typology typology = null;
            if (typologyCode.isEmpty()) {
                reasons.add("typology is empty");
            } else {
                typology = catalogue.typology(typologyCode).orElse(null);
                if (typology == null) {
                    reasons.add("unknown typology \"" + typologyCode + "\"");
                } else if (sector != null && typology.sector() != sector) {
                    reasons.add("typology " + typologyCode + " belongs to sector " + typology.sector().id() + ", not "
                            + sector.id());
                }
            }
            ParishCode parish = optional(reasons, "parish_code", get(cells, "parish_code"), ParishCode::of);
            CircuitCode circuit = optional(reasons, "circuit_code", get(cells, "circuit_code"), CircuitCode::of);
            if (parish != null && !territory.contains(parish)) {
                reasons.add("unknown parish " + parish);
                parish = null;
            }
            if (circuit != null && !territory.contains(circuit)) {
                reasons.add("unknown circuit " + circuit);
                circuit = null;
            }
            if (get(cells, "parish_code").isEmpty() && get(cells, "circuit_code").isEmpty()) {
                reasons.add("neither parish_code nor circuit_code is given");
            }
            if (parish != null && circuit != null && !territory.circuitsHolding(parish).contains(circuit)) {
                reasons.add("circuit " + circuit + " does not hold parish " + parish);
            }
            Coordinates at = coordinates(reasons, get(cells, "lat"), get(cells, "lon"));
            Condition condition = parse(reasons, "condition", get(cells, "condition"), Condition::fromId);
            Long capacity = optional(reasons, "capacity", get(cells, "capacity"), Cells::parseCount);
            Long staff = optional(reasons, "staff", get(cells, "staff"), Cells::parseCount);
            if (!reasons.isEmpty()) {
                rejected.add(new Rejection(file, line, id, String.join("; ", reasons)));
                return;
            }
            ids.put(id, line);
            // Canonical instances: the territory's parish code and the catalogue's typology code, so evaluation can
            // look them up by identity.
            ParishCode canonicalParish = parish == null ? null : territory.parish(parish).code();
            accepted.add(new Establishment(id, sector, typology.code(), canonicalParish, circuit, at, condition,
                    capacity != null ? capacity : typology.capacity(), staff != null ? staff : typology.staffTotal(),
                    get(cells, "name")));
        }

        private static String get(Map<String, String> cells, String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }

        private static <T> T parse(List<String> reasons, String column, String v,
                                   java.util.function.Function<String, T> parser) {
            if (v.isEmpty()) {
                reasons.add(column + " is empty");
                return null;
            }
            return optional(reasons, column, v, parser);
        }

        private static <T> T optional(List<String> reasons, String column, String v,
                                      java.util.function.Function<String, T> parser) {
            if (v.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(v);
            } catch (RuntimeException e) {
                reasons.add(column + " \"" + v + "\": " + e.getMessage());
                return null;
            }
        }

        private static Coordinates coordinates(List<String> reasons, String lat, String lon) {
            if (lat.isEmpty() && lon.isEmpty()) {
                return null;
            }
            if (lat.isEmpty() || lon.isEmpty()) {
                reasons.add("lat and lon are given together or not at all");
                return null;
            }
            Double la = optional(reasons, "lat", lat, Cells::parseFiniteDouble);
            Double lo = optional(reasons, "lon", lon, Cells::parseFiniteDouble);
            if (la == null || lo == null) {
                return null;
            }
            try {
                return new Coordinates(la, lo);
            } catch (IllegalArgumentException e) {
                reasons.add(e.getMessage());
                return null;
            }
        }

        Inventory result() {
            return new Inventory(accepted, rejected);
        }
    }

    /**
     * Writes establishments as canonical CSV, sorted by id.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void writeCsv(List<Establishment> establishments, Path file) {
        List<Establishment> sorted = new ArrayList<>(establishments);
        sorted.sort(java.util.Comparator.comparing(Establishment::id));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, OUT)) {
            p.printRecord(COLUMNS);
            for (Establishment e : sorted) {
                p.printRecord(e.id(), e.sector().id(), e.typology(), e.parish() == null ? "" : e.parish().value(),
                        e.circuit() == null ? "" : e.circuit().value(),
                        e.location() == null ? "" : BigDecimal.valueOf(e.location().lat()).toPlainString(),
                        e.location() == null ? "" : BigDecimal.valueOf(e.location().lon()).toPlainString(),
                        e.condition().id(), e.capacity(), e.staff(), e.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes rejections as CSV {@code line,id,reason} (plus the file when several files were read). */
    public static void writeRejected(List<Rejection> rejected, Path file, boolean withFile) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, OUT)) {
            if (withFile) {
                p.printRecord("file", "line", "id", "reason");
            } else {
                p.printRecord("line", "id", "reason");
            }
            for (Rejection r : rejected) {
                if (withFile) {
                    p.printRecord(r.file(), r.line(), r.id(), r.reason());
                } else {
                    p.printRecord(r.line(), r.id(), r.reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
