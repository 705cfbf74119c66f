package io.github.desconcentra.standards.registry;

import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Exclusion;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Rejection;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record accounting shared by the registry importers: every row read ends up accepted, excluded with its reason
 * or rejected with every reason, located by its physical line. Package-private.
 */
final class Intake {
    private final String file;
    private final List<Establishment> accepted = new ArrayList<>();
    private final List<Exclusion> excluded = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();

    Intake(String file) {
        this.file = file;
    }

    /** Reads a registry table, refusing the whole file when its structure is broken. */
    static CsvTable table(String name, InputStream in, List<String> required, List<String> optional) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, required, optional, null, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return t;
    }

    /** Opens a registry file through the input checks and names it by its file name. */
    static <T> T open(Path file, java.util.function.BiFunction<String, InputStream, T> reader) {
        try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
            return reader.apply(file.getFileName() == null ? file.toString() : file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new InputException(Problem.of(file.toString(), InputFiles.reason(e)));
        }
    }

    String file() {
        return file;
    }

    /** Null when the id is new; otherwise the reason it is a duplicate. */
    String duplicate(String id) {
        Long first = ids.get(id);
        return first == null ? null : "duplicate id " + id + " (first at line " + first + ")";
    }

    /** Adds to {@code reasons} why an id cannot be accepted: empty (naming its column) or already seen. */
    void checkId(String column, String id, List<String> reasons) {
        if (id.isEmpty()) {
            reasons.add(column + " is empty");
        } else if (duplicate(id) != null) {
            reasons.add(duplicate(id));
        }
    }

    void accept(long line, Establishment e) {
        ids.put(e.id(), line);
        accepted.add(e);
    }

    void exclude(long line, String id, String reason) {
        excluded.add(new Exclusion(file, line, id, reason));
    }

    void reject(long line, String id, List<String> reasons) {
        rejected.add(new Rejection(file, line, id, String.join("; ", reasons)));
    }

    /** The inventory of what was read, tied to its sources (the first is the file's own). */
    Inventory result(List<InventorySource> sources) {
        return new Inventory(accepted, excluded, rejected, sources, List.of(new Inventory.FileAccount(file,
                sources.get(0).id(), accepted.size(), excluded.size(), rejected.size())));
    }

    /** A whole count, or null with a reason when the cell is not one; empty is null without a reason. */
    static Long count(CsvTable.Row row, String column, List<String> reasons) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Cells.parseCount(v);
        } catch (IllegalArgumentException e) {
            reasons.add(column + " \"" + v + "\": " + e.getMessage());
            return null;
        }
    }

    /** A point from two columns, or null (both empty); a reason when only one is given or one is not a number. */
    static Coordinates point(CsvTable.Row row, String latColumn, String lonColumn, List<String> reasons) {
        String lat = row.get(latColumn);
        String lon = row.get(lonColumn);
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        try {
            return new Coordinates(Cells.parseFiniteDouble(lat), Cells.parseFiniteDouble(lon));
        } catch (IllegalArgumentException e) {
            reasons.add(latColumn + "/" + lonColumn + " \"" + lat + "\", \"" + lon + "\": " + e.getMessage());
            return null;
        }
    }

    /**
     * A parish or urban parish code of the territory, in the territory's own instance; null when the cell is empty or
     * the code is not one of the territory's (the caller decides whether another field can locate the record).
     */
    static ParishCode parish(Territory t, String v) {
        if (v.isEmpty()) {
            return null;
        }
        ParishCode p;
        try {
            p = ParishCode.of(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (t.contains(p)) {
            return t.parish(p).code();
        }
        return t.urbanParish(p).map(u -> u.code()).orElse(null);
    }

    /** A district of the territory, or null. */
    static DistrictCode district(Territory t, String v) {
        try {
            DistrictCode d = DistrictCode.of(v);
            return t.contains(d) ? d : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A canton of the territory, or null. */
    static UnitCode canton(Territory t, String v) {
        try {
            CantonCode c = CantonCode.of(v);
            return t.contains(c) ? c : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
