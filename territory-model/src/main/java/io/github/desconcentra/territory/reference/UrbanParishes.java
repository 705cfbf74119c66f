package io.github.desconcentra.territory.reference;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.UrbanParish;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places the INEC urban parishes ({@value #FILE}) in the official circuits, from the data alone. Package-private;
 * the rules, in order:
 * <ol>
 * <li>{@link UrbanParish.Placement#NAMED}: when every part of a split seat in the circuit table is named after one of
 *     the seat's urban parishes, and not all after the same one (Quito, Cuenca; a few spellings differ, see
 *     {@link #SPELLINGS}), an urban parish lies in the circuits of the parts that bear its name;</li>
 * <li>{@link UrbanParish.Placement#SCHOOL_DISTRICTS}: when the seat is split among circuits of several districts and
 *     the urban parish's schools report districts, it lies in the seat's circuits of those districts (Guayaquil,
 *     Ambato, Santo Domingo), if that narrows the seat's circuits;</li>
 * <li>{@link UrbanParish.Placement#SEAT}: otherwise in every circuit of its seat (Machala's twenty; the one circuit
 *     of an undivided seat).</li>
 * </ol>
 */
final class UrbanParishes {
    static final String FILE = "urban_parishes.csv";

    /**
     * Part names of the circuit table that spell an urban parish differently from INEC, by seat (normalized, see
     * {@link OfficialCircuits#normalized(String)}): part name → INEC name.
     */
    static final Map<ParishCode, Map<String, String>> SPELLINGS = Map.of(
            ParishCode.of("170150"), Map.of("CONCEPCION", "LA CONCEPCION"),
            ParishCode.of("010150"), Map.of("TOTOROCOHA", "TOTORACOCHA", "HUAYNA CAPAC", "HUAYNACAPAC"));

    /**
     * The urban parishes and, for the parts of named seats, the urban parish each part is.
     *
     * @param urbanParishes sorted by code
     * @param partUrbanParish circuit → seat → urban parish, for the parts of seats placed by name
     */
    record Result(List<UrbanParish> urbanParishes, Map<CircuitCode, Map<ParishCode, ParishCode>> partUrbanParish) {
    }

    private record Row(ParishCode code, String name, ParishCode seat, Set<DistrictCode> schoolDistricts) {
    }

    private UrbanParishes() {
    }

    /**
     * Reads the urban parishes and places each in circuits.
     *
     * @param in the INEC table, closed by this method
     * @param parishes the dataset's parishes
     * @param circuits the official circuits carried to DPA 2025
     * @param districtOf the district each circuit is attached to
     */
    static Result place(InputStream in, Map<ParishCode, Parish> parishes, OfficialCircuits.Result circuits,
                        Map<CircuitCode, DistrictCode> districtOf, List<Problem> problems) {
        List<Row> rows = readRows(in, parishes, problems);
        Map<ParishCode, List<Row>> bySeat = new TreeMap<>();
        rows.forEach(r -> bySeat.computeIfAbsent(r.seat(), k -> new ArrayList<>()).add(r));
        List<UrbanParish> placed = new ArrayList<>();
        Map<CircuitCode, Map<ParishCode, ParishCode>> partUrban = new TreeMap<>();
        bySeat.forEach((seat, urban) -> {
            List<OfficialCircuits.Part> parts = circuits.parts().getOrDefault(seat, List.of());
            Set<CircuitCode> all = new TreeSet<>();
            parts.forEach(p -> all.add(p.circuit()));
            Map<String, ParishCode> byName = new HashMap<>();
            urban.forEach(u -> byName.put(OfficialCircuits.normalized(u.name()), u.code()));
            Map<CircuitCode, ParishCode> named = namedParts(seat, parishes.get(seat).name(), parts, byName);
            Set<DistrictCode> seatDistricts = new TreeSet<>();
            all.forEach(c -> seatDistricts.add(districtOf.get(c)));
            for (Row u : urban) {
                Set<CircuitCode> lies = new TreeSet<>();
                UrbanParish.Placement placement = UrbanParish.Placement.SEAT;
                if (!named.isEmpty()) {
                    named.forEach((c, code) -> {
                        if (code.equals(u.code())) {
                            lies.add(c);
                        }
                    });
                    placement = UrbanParish.Placement.NAMED;
                } else if (seatDistricts.size() > 1) {
                    all.stream().filter(c -> u.schoolDistricts().contains(districtOf.get(c))).forEach(lies::add);
                    placement = UrbanParish.Placement.SCHOOL_DISTRICTS;
                }
                if (lies.isEmpty() || lies.equals(all)) {
                    lies.clear();
                    lies.addAll(all);
                    placement = UrbanParish.Placement.SEAT;
                }
                placed.add(new UrbanParish(u.code(), u.name(), seat, List.copyOf(lies), placement));
            }
            named.forEach((c, code) -> partUrban.computeIfAbsent(c, k -> new TreeMap<>()).put(seat, code));
        });
        placed.sort((a, b) -> a.code().compareTo(b.code()));
        return new Result(List.copyOf(placed), partUrban);
    }

    /**
     * The urban parish each part of a split seat is named after, when every part is named after one and the names
     * tell the parts apart (parts all named after the seat itself, as in Santo Domingo, name nothing); else empty.
     */
    private static Map<CircuitCode, ParishCode> namedParts(ParishCode seat, String seatName,
                                                           List<OfficialCircuits.Part> parts,
                                                           Map<String, ParishCode> byName) {
        Map<CircuitCode, ParishCode> named = new TreeMap<>();
        if (parts.size() < 2) {
            return named;
        }
        String prefix = OfficialCircuits.normalized(seatName);
        Map<String, String> spellings = SPELLINGS.getOrDefault(seat, Map.of());
        for (OfficialCircuits.Part p : parts) {
            String n = OfficialCircuits.normalized(p.rawPartName().replace('_', ' '));
            if (n.startsWith(prefix + " ")) {
                n = n.substring(prefix.length() + 1);
            }
            ParishCode code = byName.get(spellings.getOrDefault(n, n));
            if (code == null) {
                return Map.of();
            }
            named.put(p.circuit(), code);
        }
        return new TreeSet<>(named.values()).size() > 1 ? named : Map.of();
    }

    private static List<Row> readRows(InputStream in, Map<ParishCode, Parish> parishes, List<Problem> problems) {
        CsvTable t = CsvTable.read(FILE, in, List.of("urban_parish_code", "urban_parish_name", "seat_parish_code",
                "districts_by_schools"), List.of("seat_name", "canton_code", "province_code", "schools_2023",
                "students_2021_22"), null, problems);
        Cells cells = new Cells(FILE, problems);
        List<Row> rows = new ArrayList<>();
        Set<ParishCode> seen = new TreeSet<>();
        for (CsvTable.Row row : t.rows()) {
            ParishCode code = cells.parse(row, "urban_parish_code", ParishCode::of);
            String name = cells.text(row, "urban_parish_name");
            ParishCode seat = cells.parse(row, "seat_parish_code", ParishCode::of);
            Set<DistrictCode> districts = new TreeSet<>();
            String list = row.get("districts_by_schools");
            for (String item : list.isEmpty() ? new String[0] : list.split(";")) {
                String[] kv = item.split(":");
                DistrictCode d = cells.parseValue(row, "districts_by_schools", kv[0], DistrictCode::of);
                if (kv.length != 2 || d == null) {
                    if (d != null) {
                        cells.problem(row, "districts_by_schools", item, "must be district:schools");
                    }
                    continue;
                }
                districts.add(d);
            }
            if (code == null || name == null || seat == null) {
                continue;
            }
            if (!seen.add(code)) {
                cells.problem(row, "urban_parish_code", code.value(), "duplicate urban parish code");
            } else if (parishes.containsKey(code)) {
                cells.problem(row, "urban_parish_code", code.value(), "is also the code of parish "
                        + parishes.get(code).name());
            } else if (!parishes.containsKey(seat)) {
                cells.problem(row, "seat_parish_code", seat.value(), "not a parish of the dataset");
            } else {
                rows.add(new Row(code, name, seat, districts));
            }
        }
        return rows;
    }
}
