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
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
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
 * ({@code id,sector,typology,parish_code,circuit_code,lat,lon,condition}, then optionally
 * {@code capacity,staff,name,within,units,typology_status,capacity_status,staff_status}) and a JSON array of
 * objects with the same fields. Each file is one {@link InventorySource}: by default a user's file, which declares
 * no complete coverage (where it lists nothing, supply is unknown, not zero; see {@link Inventory#assumingComplete}),
 * unless a declaration of its sources lies beside it ({@value #SOURCES_SUFFIX}, as {@code import} writes). A record whose file structure is broken (header, encoding, JSON syntax) fails the
 * whole file with an {@link InputException}; a record with bad values is <em>rejected</em> with the physical line
 * where it starts and every reason, so read = accepted + rejected always holds.
 *
 * <p>Checks per record: id present and unique; sector known; typology known and of that sector; {@code parish_code} a
 * DPA parish or an urban parish of the territory, {@code circuit_code} a circuit of it, {@code within} a district,
 * canton, province, zone or the nation of it, at least one of the three, and the circuit holding the parish when both
 * are given; lat and lon together and in range; condition {@code good|needs_repair|unusable}; {@code units} (how many
 * establishments the record stands for, for a published aggregate) a whole number of at least 1, default 1; capacity
 * and staff whole numbers from 0 to 10<sup>12</sup> ({@code 12.0} is 12; with at most 5 million rows a file's totals
 * cannot overflow). Statuses are {@code sourced, derived, inferred, estimated, assumed} or {@code sample}, and for
 * capacity and staff also {@code unknown} (the value must then be empty: it is not known and counts as not
 * assessed). An empty capacity or staff without status is the typology's nominal figure, status assumed; a given one
 * without status is sourced; an empty typology status is sourced. In JSON, text fields must be strings and numeric fields numbers: an object, array or
 * boolean where a value belongs rejects the record, it is never read as empty.
 */
public final class InventoryIo {
    /** The canonical columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "sector", "typology", "parish_code", "circuit_code",
            "lat", "lon", "condition", "capacity", "staff", "name", "within", "units", "typology_status",
            "capacity_status", "staff_status", "source");
    /** The columns whose JSON values are numbers; the others are strings. */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("lat", "lon", "capacity", "staff", "units");
    /**
     * The suffix of the file that declares the sources of an inventory file beside it: {@code inventory.csv} is
     * read with {@code inventory.sources.json} when that exists (see {@link InventorySources}).
     */
    public static final String SOURCES_SUFFIX = ".sources.json";
    /** The status of a capacity or staff figure that is not known. */
    public static final String UNKNOWN = "unknown";

    /**
     * The source of a user's inventory file: named after the file, sourced as stated by the user, covering its
     * sectors incompletely (a lower bound) until the user declares it complete.
     */
    public static InventorySource userSource(String file, java.util.Set<Sector> sectors) {
        String base = baseName(file);
        String id = userSourceId(file);
        List<InventorySource.Coverage> cover = new ArrayList<>();
        for (Sector s : sectors) {
            cover.add(new InventorySource.Coverage(s, java.util.Set.of(), java.util.EnumSet.allOf(Measure.class),
                    java.util.Set.of(io.github.desconcentra.territory.NationCode.of("EC")), false, "a user's inventory"
                    + " file, not declared complete: it lists some establishments, and where it lists none the"
                    + " supply is unknown"));
        }
        return new InventorySource(id, base, "the user", "as given", io.github.desconcentra.territory.Provenance
                .Status.SOURCED, cover, "read from " + file);
    }

    private InventoryIo() {
    }

    private static String baseName(String file) {
        return Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
    }

    /** The id of {@link #userSource}: it depends on the file's name only, so records can name it as they are read. */
    private static String userSourceId(String file) {
        return "file:" + baseName(file).replaceAll("[^A-Za-z0-9._:/-]", "_");
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
        List<InventorySource> declared = List.of();
        String base = file.getFileName() == null ? "" : file.getFileName().toString();
        Path sidecar = file.resolveSibling((base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base)
                + SOURCES_SUFFIX);
        if (!json && java.nio.file.Files.isRegularFile(sidecar)) {
            try (InputStream in = InputFiles.open(sidecar, JsonLimits.MAX_DOCUMENT)) {
                declared = InventorySources.read(sidecar.toString(), in);
            } catch (IOException e) {
                throw new InputException(Problem.of(sidecar.toString(), InputFiles.reason(e)));
            }
        }
        try (InputStream in = InputFiles.open(file, json ? JsonLimits.MAX_DOCUMENT : CsvTable.MAX_BYTES)) {
            return json ? readJson(name, in, territory, catalogue) : readCsv(name, in, territory, catalogue,
                    declared);
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
        return readCsv(name, in, territory, catalogue, List.of());
    }

    /**
     * Reads a canonical inventory CSV whose records belong to declared sources (a registry imported by the project):
     * a record's {@code source} cell names one of them (another is rejected), an empty cell the first. With no
     * sources declared the file is its own user source ({@link #userSource}) and the {@code source} cells are
     * ignored.
     *
     * @param sources the declared sources, or empty
     * @throws InputException when the file's structure is broken
     */
    public static Inventory readCsv(String name, InputStream in, Territory territory, Catalogue catalogue,
                                    List<InventorySource> sources) {
        return parseCsv(name, in).check(territory, catalogue, sources);
    }

    /**
     * A canonical inventory CSV parsed into its cells, its records not yet checked: the half of reading it that needs
     * no territory or catalogue, which a caller may do on another thread while those load.
     */
    public static final class ParsedCsv {
        private final String name;
        private final CsvTable table;

        private ParsedCsv(String name, CsvTable table) {
            this.name = name;
            this.table = table;
        }

        /**
         * Checks every record as {@link #readCsv(String, InputStream, Territory, Catalogue, List)} does.
         *
         * @param sources the declared sources, or empty
         */
        public Inventory check(Territory territory, Catalogue catalogue, List<InventorySource> sources) {
            Checker checker = new Checker(name, territory, catalogue, sources);
            for (CsvTable.Row row : table.rows()) {
                checker.check(row.line(), row.cells());
            }
            return checker.result();
        }
    }

    /**
     * Parses a canonical inventory CSV without checking its records (see {@link ParsedCsv#check}).
     *
     * @throws InputException when the file's structure is broken
     */
    public static ParsedCsv parseCsv(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, COLUMNS.subList(0, 8), COLUMNS.subList(8, COLUMNS.size()), null,
                problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new ParsedCsv(name, t);
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
        Checker checker = new Checker(name, territory, catalogue, List.of());
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
            return checker.result();
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(new Problem(name, line, "", "", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(Problem.of(name, InputFiles.reason(e)));
        } catch (NumberFormatException e) {
            // Jackson reports a number it cannot hold (an exponent beyond an int) this way, not as a parse error.
            throw new InputException(Problem.of(name, "is not valid JSON: a number is out of range: " + e.getMessage()));
        }
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

    /**
     * Checks records one by one and collects accepted and rejected ones. A code the territory holds is looked up by
     * its text and taken as the territory's own instance; only a code it does not hold is parsed, for the reason
     * that names what is wrong with it (a bad shape or an unknown unit), so the messages are those of the parsers.
     */
    private static final class Checker {
        private final String file;
        private final Territory territory;
        private final Catalogue catalogue;
        private final List<Establishment> accepted = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final Map<String, Long> ids = new HashMap<>();
        private final List<InventorySource> declared;
        private final java.util.Set<String> declaredIds = new java.util.HashSet<>();
        /** The source a record names when its cell is empty: the first declared, or the file as its own. */
        private final String firstSource;
        /** The territory's parishes and urban parishes (a DPA parish first), by code. */
        private final Map<String, ParishCode> parishes = new HashMap<>();
        private final Map<String, CircuitCode> circuits = new HashMap<>();
        /** The units a record may lie within: districts, cantons, provinces, zones and the nation, by code. */
        private final Map<String, UnitCode> withins = new HashMap<>();

        Checker(String file, Territory territory, Catalogue catalogue, List<InventorySource> declared) {
            this.file = file;
            this.territory = territory;
            this.catalogue = catalogue;
            this.declared = List.copyOf(declared);
            declared.forEach(x -> declaredIds.add(x.id()));
            this.firstSource = declared.isEmpty() ? userSourceId(file) : declared.get(0).id();
            territory.urbanParishes().forEach(u -> parishes.put(u.code().value(), u.code()));
            territory.parishes().forEach(p -> parishes.put(p.code().value(), p.code()));
            territory.circuits().forEach(c -> circuits.put(c.code().value(), c.code()));
            for (io.github.desconcentra.territory.Level level : io.github.desconcentra.territory.Level.values()) {
                if (level != io.github.desconcentra.territory.Level.CIRCUIT
                        && level != io.github.desconcentra.territory.Level.PARISH) {
                    territory.units(level).forEach(u -> withins.put(u.code().value(), u.code()));
                }
            }
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
            String parishCell = get(cells, "parish_code");
            String circuitCell = get(cells, "circuit_code");
            String withinCell = get(cells, "within");
            ParishCode parish = parishes.get(parishCell);
            if (parish == null) {
                parish = optional(reasons, "parish_code", parishCell, ParishCode::of);
            }
            CircuitCode circuit = circuits.get(circuitCell);
            if (circuit == null) {
                circuit = optional(reasons, "circuit_code", circuitCell, CircuitCode::of);
            }
            UnitCode within = withins.get(withinCell);
            if (within == null) {
                within = optional(reasons, "within", withinCell, UnitCode::parse);
            }
            if (parish != null && !territory.contains(parish) && territory.urbanParish(parish).isEmpty()) {
                reasons.add("unknown parish or urban parish " + parish);
                parish = null;
            }
            if (circuit != null && !territory.contains(circuit)) {
                reasons.add("unknown circuit " + circuit);
                circuit = null;
            }
            if (within != null && (within.level() == io.github.desconcentra.territory.Level.CIRCUIT
                    || within.level() == io.github.desconcentra.territory.Level.PARISH)) {
                reasons.add("within " + within.value() + ": must be a district, canton, province, zone or the nation"
                        + " (a circuit or parish goes in circuit_code or parish_code)");
                within = null;
            } else if (within != null && !territory.contains(within)) {
                reasons.add("unknown unit " + within.value() + " in within");
                within = null;
            }
            if (parishCell.isEmpty() && circuitCell.isEmpty() && withinCell.isEmpty()) {
                reasons.add("neither parish_code, circuit_code nor within is given");
            }
            if (parish != null && circuit != null && !territory.circuitsHolding(parish).contains(circuit)) {
                reasons.add("circuit " + circuit + " does not hold parish " + parish);
            }
            Coordinates at = coordinates(reasons, get(cells, "lat"), get(cells, "lon"));
            Condition condition = parse(reasons, "condition", get(cells, "condition"), Condition::fromId);
            Long capacity = optional(reasons, "capacity", get(cells, "capacity"), Cells::parseCount);
            Long staff = optional(reasons, "staff", get(cells, "staff"), Cells::parseCount);
            Long units = optional(reasons, "units", get(cells, "units"), Cells::parseCount);
            if (units != null && units < 1) {
                reasons.add("units " + units + ": must be at least 1");
            }
            Provenance.Status typologyStatus = status(reasons, "typology_status", get(cells, "typology_status"),
                    false, true);
            String capacityStatusCell = get(cells, "capacity_status");
            String staffStatusCell = get(cells, "staff_status");
            boolean capacityUnknown = UNKNOWN.equalsIgnoreCase(capacityStatusCell);
            boolean staffUnknown = UNKNOWN.equalsIgnoreCase(staffStatusCell);
            Provenance.Status capacityStatus = status(reasons, "capacity_status", capacityStatusCell, true,
                    capacity != null);
            Provenance.Status staffStatus = status(reasons, "staff_status", staffStatusCell, true, staff != null);
            if (capacityUnknown && capacity != null) {
                reasons.add("capacity " + capacity + " is given but capacity_status says it is unknown");
            }
            if (staffUnknown && staff != null) {
                reasons.add("staff " + staff + " is given but staff_status says it is unknown");
            }
            // Without declared sources the file is its own source, whatever its source column says.
            String source = declared.isEmpty() ? "" : get(cells, "source");
            if (!source.isEmpty() && !declaredIds.contains(source)) {
                reasons.add("source \"" + source + "\" is not declared for this file");
            }
            if (!reasons.isEmpty()) {
                rejected.add(new Rejection(file, line, id, String.join("; ", reasons)));
                return;
            }
            ids.put(id, line);
            // Canonical instances: the territory's parish code (the lookup above gave it) and the catalogue's
            // typology code, so evaluation can look them up by identity.
            ParishCode canonicalCode = parish == null ? null : parishes.get(parish.value());
            long n = units == null ? 1 : units;
            accepted.add(new Establishment(id, sector, typology.code(), canonicalCode, circuit, within, at, condition,
                    n, capacity != null ? capacity : capacityUnknown ? 0 : Math.multiplyExact(n, typology.capacity()),
                    staff != null ? staff : staffUnknown ? 0 : Math.multiplyExact(n, typology.staffTotal()),
                    get(cells, "name"), source.isEmpty() ? firstSource : source, typologyStatus, capacityStatus,
                    staffStatus));
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

        /**
         * A status cell: empty gives sourced when the value is given and assumed when the typology's nominal figure
         * stands in (or sourced for a typology); {@code unknown}, where allowed, gives null.
         */
        private static Provenance.Status status(List<String> reasons, String column, String v, boolean unknownAllowed,
                                                boolean given) {
            if (v.isEmpty()) {
                return given ? Provenance.Status.SOURCED : Provenance.Status.ASSUMED;
            }
            if (unknownAllowed && UNKNOWN.equalsIgnoreCase(v)) {
                return null;
            }
            try {
                return Provenance.Status.fromId(v);
            } catch (IllegalArgumentException e) {
                reasons.add(column + " \"" + v + "\": " + e.getMessage() + (unknownAllowed ? ", or unknown" : ""));
                return Provenance.Status.SOURCED;
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

        /** The records read, tied to their declared sources, or to the file as a user's source of its own. */
        Inventory result() {
            java.util.Set<Sector> sectors = java.util.EnumSet.noneOf(Sector.class);
            accepted.forEach(e -> sectors.add(e.sector()));
            List<InventorySource> sources = declared.isEmpty() ? List.of(userSource(file, sectors)) : declared;
            return new Inventory(accepted, List.of(), rejected, sources, List.of(new Inventory.FileAccount(file,
                    firstSource, accepted.size(), 0, rejected.size())));
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
                        e.condition().id(), e.capacityStatus() == null ? null : e.capacity(),
                        e.staffStatus() == null ? null : e.staff(), e.name(),
                        e.within() == null ? null : e.within().value(), e.units(), e.typologyStatus().id(),
                        e.capacityStatus() == null ? UNKNOWN : e.capacityStatus().id(),
                        e.staffStatus() == null ? UNKNOWN : e.staffStatus().id(), e.source()));
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
        write(file, withFile ? RECORD_COLUMNS : List.of("line", "id", "reason"), p -> {
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
        writeRejected(asRejections(excluded), file, withFile);
    }

    /** The columns of excluded.csv and rejected.csv written with the file. */
    public static final List<String> RECORD_COLUMNS = List.of("file", "line", "id", "reason");

    /** The rows of a rejected.csv with the file column ({@link #RECORD_COLUMNS}), raw. */
    public static CsvOutput.Rows rejectedRows(List<Rejection> rejected) {
        return sink -> {
            for (Rejection r : rejected) {
                sink.record(r.file(), r.line(), r.id(), r.reason());
            }
        };
    }

    /** The rows of an excluded.csv with the file column ({@link #RECORD_COLUMNS}), raw. */
    public static CsvOutput.Rows excludedRows(List<Exclusion> excluded) {
        return rejectedRows(asRejections(excluded));
    }

    private static List<Rejection> asRejections(List<Exclusion> excluded) {
        return excluded.stream().map(x -> new Rejection(x.file(), x.line(), x.id(), x.reason())).toList();
    }

    /**
     * Reads exclusions written by {@link #writeExcluded} with the file column ({@code file,line,id,reason}).
     *
     * @throws InputException with every problem found
     */
    public static List<Exclusion> readExcluded(String name, InputStream in) {
        List<Exclusion> out = new ArrayList<>();
        for (String[] r : records(name, in)) {
            out.add(new Exclusion(r[0], Long.parseLong(r[1]), r[2], r[3]));
        }
        return out;
    }

    /**
     * Reads rejections written by {@link #writeRejected} with the file column ({@code file,line,id,reason}).
     *
     * @throws InputException with every problem found
     */
    public static List<Rejection> readRejected(String name, InputStream in) {
        List<Rejection> out = new ArrayList<>();
        for (String[] r : records(name, in)) {
            out.add(new Rejection(r[0], Long.parseLong(r[1]), r[2], r[3]));
        }
        return out;
    }

    private static List<String[]> records(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, List.of("file", "line", "id", "reason"), List.of(), null, problems);
        List<String[]> out = new ArrayList<>();
        Cells cells = new Cells(name, problems);
        for (CsvTable.Row row : t.rows()) {
            Long line = cells.count(row, "line");
            String reason = cells.text(row, "reason");
            if (line != null && reason != null) {
                out.add(new String[] {CsvOutput.restore(row.get("file")), Long.toString(line),
                        CsvOutput.restore(row.get("id")), CsvOutput.restore(reason)});
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static void write(Path file, List<String> header, CsvOutput.Records records) {
        try {
            CsvOutput.write(file, header, records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
