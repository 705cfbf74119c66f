package io.github.desconcentra.standards;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvOutput;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import io.github.desconcentra.territory.internal.JsonFields;
import io.github.desconcentra.territory.internal.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes inventories: the canonical CSV
 * ({@code id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,staff,name}) and a JSON array of
 * objects with the same fields. A record whose file structure is broken (header, encoding, JSON syntax) fails the
 * whole file with an {@link InputException}; a record with bad values is <em>rejected</em> with the physical line
 * where it starts and every reason, so read = accepted + rejected always holds.
 *
 * <p>Checks per record: id present and unique; sector known; typology known and of that sector; parish and circuit
 * known in the territory, at least one of them, and the circuit holding the parish when both are given; lat and lon
 * together and in range; condition {@code good|needs_repair|unusable}; capacity and staff whole numbers from 0 to
 * 10<sup>12</sup> (empty = the typology's nominal figure; {@code 12.0} is 12; with at most 5 million rows a file's
 * totals cannot overflow). In JSON, text fields must be strings and numeric fields numbers: an object, array or
 * boolean where a value belongs rejects the record, it is never read as empty.
 */
public final class InventoryIo {
    /** The canonical columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "sector", "typology", "parish_code", "circuit_code",
            "lat", "lon", "condition", "capacity", "staff", "name");
    /** The columns whose JSON values are numbers; the others are strings. */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("lat", "lon", "capacity", "staff");

    private InventoryIo() {
    }

    /**
     * Reads a CSV or JSON inventory file (by extension: {@code .json} is JSON, anything else CSV). The path is checked
     * before it is opened: a folder, pipe, device or file over the size limit is refused.
     *
     * @throws InputException when the file cannot be read or its structure is broken
     */
    public static Inventory read(Path file, Territory territory, Catalogue catalogue) {
        String name = file.toString();
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        try (InputStream in = InputFiles.open(file, json ? JsonLimits.MAX_DOCUMENT : CsvTable.MAX_BYTES)) {
            return json ? readJson(name, in, territory, catalogue) : readCsv(name, in, territory, catalogue);
        } catch (IOException e) {
            throw new InputException(Problem.of(name, InputFiles.reason(e)));
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
     * Reads a JSON array of establishments; each record is located by the line of its opening brace.
     *
     * @throws InputException when the document is not a JSON array of values
     */
    public static Inventory readJson(String name, InputStream in, Territory territory, Catalogue catalogue) {
        // Records are read one by one so each keeps the line it starts on; trailing content is checked below.
        JsonMapper mapper = JsonLimits.mapper().rebuild()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        Checker checker = new Checker(name, territory, catalogue);
        try (JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InputException(Problem.of(name, "must hold a JSON array of establishments"));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new InputException(Problem.of(name, "ends before its array is closed"));
                }
                long line = Math.max(1, p.currentTokenLocation().getLineNr());
                JsonNode n = mapper.readTree(p);
                if (!n.isObject()) {
                    checker.reject(line, "is " + JsonFields.kind(n) + ", not an object");
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                List<String> typeErrors = new ArrayList<>();
                for (String c : COLUMNS) {
                    cells.put(c, jsonValue(n.get(c), c, typeErrors));
                }
                n.fieldNames().forEachRemaining(f -> {
                    if (!COLUMNS.contains(f)) {
                        typeErrors.add("unknown field " + f);
                    }
                });
                checker.check(line, cells, typeErrors);
            }
            if (p.nextToken() != null) {
                throw new InputException(new Problem(name, Math.max(1, p.currentTokenLocation().getLineNr()), "", "",
                        "has content after the array of establishments"));
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(new Problem(name, line, "", "", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(Problem.of(name, InputFiles.reason(e)));
        } catch (NumberFormatException e) {
            // Jackson reports a number it cannot hold (an exponent beyond an int) this way, not as a parse error.
            throw new InputException(Problem.of(name, "is not valid JSON: a number is out of range: " + e.getMessage()));
        }
        return checker.result();
    }

    /**
     * The text of a JSON field for the record checks: strings as written, numbers as written (not expanded, so
     * {@code 1e999999} stays short and is refused by the bounded parsers); null or absent as empty; anything of the
     * wrong type adds a reason and reads as empty.
     */
    private static String jsonValue(JsonNode v, String column, List<String> reasons) {
        if (v == null || v.isNull()) {
            return "";
        }
        boolean numeric = NUMERIC.contains(column);
        if (numeric && v.isNumber()) {
            return v.decimalValue().toString();
        }
        if (!numeric && v.isTextual()) {
            return v.asText();
        }
        reasons.add(column + " " + JsonFields.abbreviated(v) + ": must be " + (numeric ? "a number" : "a string")
                + ", not " + JsonFields.kind(v));
        return "";
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

        void reject(long line, String reason) {
            rejected.add(new Rejection(file, line, "", reason));
        }

        void check(long line, Map<String, String> cells) {
            check(line, cells, List.of());
        }

        /** Checks one record; {@code earlier} holds reasons already found (e.g. JSON fields of the wrong type). */
        void check(long line, Map<String, String> cells, List<String> earlier) {
            List<String> reasons = new ArrayList<>(earlier);
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
     * Writes establishments as canonical CSV, sorted by id; text cells are neutralised against spreadsheet formulas
     * (see {@link CsvOutput}) and read back unchanged.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void writeCsv(List<Establishment> establishments, Path file) {
        List<Establishment> sorted = new ArrayList<>(establishments);
        sorted.sort(java.util.Comparator.comparing(Establishment::id));
        write(file, COLUMNS, p -> {
            for (Establishment e : sorted) {
                p.printRecord(CsvOutput.cells(e.id(), e.sector().id(), e.typology(), e.parish(), e.circuit(),
                        e.location() == null ? null : BigDecimal.valueOf(e.location().lat()),
                        e.location() == null ? null : BigDecimal.valueOf(e.location().lon()),
                        e.condition().id(), e.capacity(), e.staff(), e.name()));
            }
        });
    }

    /**
     * Writes rejections as CSV {@code line,id,reason} (plus the file when several files were read); text cells are
     * neutralised against spreadsheet formulas.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void writeRejected(List<Rejection> rejected, Path file, boolean withFile) {
        write(file, withFile ? List.of("file", "line", "id", "reason") : List.of("line", "id", "reason"), p -> {
            for (Rejection r : rejected) {
                p.printRecord(withFile ? CsvOutput.cells(r.file(), r.line(), r.id(), r.reason())
                        : CsvOutput.cells(r.line(), r.id(), r.reason()));
            }
        });
    }

    /**
     * Writes exclusions as CSV {@code line,id,reason} (plus the file when several files were read); text cells are
     * neutralised against spreadsheet formulas.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void writeExcluded(List<Exclusion> excluded, Path file, boolean withFile) {
        writeRejected(excluded.stream().map(x -> new Rejection(x.file(), x.line(), x.id(), x.reason())).toList(),
                file, withFile);
    }

    private static void write(Path file, List<String> header, CsvOutput.Records records) {
        try {
            CsvOutput.write(file, header, records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
