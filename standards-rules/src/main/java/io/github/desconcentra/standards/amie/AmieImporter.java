package io.github.desconcentra.standards.amie;

import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Exclusion;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Rejection;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
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
import java.util.Optional;

/**
 * Imports a MINEDUC AMIE school registry extract (columns of {@code schools_zone5.csv}; {@code circuit_code},
 * {@code base_circuit}, {@code level}, {@code status} and {@code dpa_parish_code} may be missing) into an education
 * inventory.
 *
 * <ul>
 * <li>Typology: the first row of the {@link Mapping} matching the school's funding, education type and modality
 *     (default mapping: {@code amie_mapping.csv} in this package; non-school-based, adult and distance programmes are
 *     <em>excluded</em> with the mapping's reason, private schools become {@code ESCUELA_PARTICULAR}, others
 *     {@code ESCUELA}).</li>
 * <li>Parish: {@code dpa_parish_code} when present, else {@code parish_code} when it is a parish of the territory,
 *     else, for INEC urban-parish codes ({@code xxxx01}–{@code xxxx49}), the canton's urban seat {@code xxxx50}.
 *     MINEDUC's circuit codes are not used: they name official circuits, not the territory's.</li>
 * <li>Capacity: enrolled students (a lower bound of seats); staff: teachers; condition: good (the registry does not
 *     record condition; an assumption); a {@code status} other than {@code Activa} is <em>excluded</em> (not current
 *     supply).</li>
 * </ul>
 * Every record read is accepted, excluded (valid but out of scope: the mapping's programmes without school seats,
 * schools not active) or rejected (invalid: no id, a duplicate id, no mapping, an unknown parish, counts that are
 * not whole numbers), each with its physical line and reasons. A record out of scope is excluded whatever else is
 * wrong with it.
 */
public final class AmieImporter {
    private static final List<String> REQUIRED = List.of("amie", "name", "parish_code", "funding", "education_type",
            "modality", "shift", "students", "teachers");
    private static final List<String> OPTIONAL = List.of("province_code", "canton_code", "district_code",
            "circuit_code", "base_circuit", "level", "access", "status", "parish_in_dpa2025", "dpa_parish_code");

    /** One row of the mapping: {@code *} matches anything; an empty typology rejects with the reason. */
    public record Rule(String funding, String educationType, String modality, String typology, String reason) {
        boolean matches(String f, String e, String m) {
            return match(funding, f) && match(educationType, e) && match(modality, m);
        }

        private static boolean match(String pattern, String value) {
            return pattern.equals("*") || pattern.equalsIgnoreCase(value);
        }
    }

    /** The school-to-typology mapping: rules tried in order, the first match wins. */
    public record Mapping(List<Rule> rules) {
        /** Copies. */
        public Mapping {
            rules = List.copyOf(rules);
        }

        /** The default mapping shipped with the library. */
        public static Mapping standard() {
            InputStream in = AmieImporter.class.getResourceAsStream("/io/github/desconcentra/standards/amie/"
                    + "amie_mapping.csv");
            return read("amie_mapping.csv", in);
        }

        /**
         * Reads a mapping file; the path is checked before it is opened (see {@link #read(String, InputStream)}).
         *
         * @throws InputException naming the path when it cannot be read, or with every problem found
         */
        public static Mapping read(Path file) {
            return read(file.toString(), InputFiles.open(file, CsvTable.MAX_BYTES));
        }

        /**
         * Reads a mapping CSV ({@code funding,education_type,modality,typology,reason}).
         *
         * @throws InputException with every problem found
         */
        public static Mapping read(String name, InputStream in) {
            List<Problem> problems = new ArrayList<>();
            CsvTable t = CsvTable.read(name, in, List.of("funding", "education_type", "modality", "typology",
                    "reason"), List.of(), null, problems);
            Cells cells = new Cells(name, problems);
            List<Rule> rules = new ArrayList<>();
            for (CsvTable.Row row : t.rows()) {
                String f = cells.text(row, "funding");
                String e = cells.text(row, "education_type");
                String m = cells.text(row, "modality");
                String typology = row.get("typology");
                if (typology.isEmpty() && row.get("reason").isEmpty()) {
                    cells.problem(row, "reason", "", "a row without typology needs the reason for rejecting");
                    continue;
                }
                if (f != null && e != null && m != null) {
                    rules.add(new Rule(f, e, m, typology, row.get("reason")));
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return new Mapping(rules);
        }

        Optional<Rule> match(String funding, String type, String modality) {
            return rules.stream().filter(r -> r.matches(funding, type, modality)).findFirst();
        }
    }

    private AmieImporter() {
    }

    /**
     * Imports a registry file.
     *
     * @throws InputException when the file's structure is broken (missing columns, encoding)
     */
    public static Inventory importFile(Path file, Territory territory, Mapping mapping) {
        try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
            return importCsv(file.getFileName() == null ? file.toString() : file.getFileName().toString(), in,
                    territory, mapping);
        } catch (IOException e) {
            throw new InputException(Problem.of(file.toString(), InputFiles.reason(e)));
        }
    }

    /** Imports a registry read from a stream; see {@link #importFile}. */
    public static Inventory importCsv(String name, InputStream in, Territory territory, Mapping mapping) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, REQUIRED, OPTIONAL, null, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Establishment> accepted = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            String id = row.get("amie");
            List<String> reasons = new ArrayList<>();
            List<String> outOfScope = new ArrayList<>();
            if (id.isEmpty()) {
                reasons.add("amie code is empty");
            } else if (ids.containsKey(id)) {
                reasons.add("duplicate amie code (first at line " + ids.get(id) + ")");
            }
            if (row.has("status") && !row.get("status").isEmpty() && !row.get("status").equalsIgnoreCase("Activa")) {
                outOfScope.add("status is \"" + row.get("status") + "\", not Activa");
            }
            Optional<Rule> rule = mapping.match(row.get("funding"), row.get("education_type"), row.get("modality"));
            if (rule.isEmpty()) {
                reasons.add("no mapping for funding \"" + row.get("funding") + "\", education type \""
                        + row.get("education_type") + "\", modality \"" + row.get("modality") + "\"");
            } else if (rule.get().typology().isEmpty()) {
                outOfScope.add(rule.get().reason());
            }
            ParishCode parish = parish(row, territory, reasons);
            Long students = count(row, "students", reasons);
            Long teachers = count(row, "teachers", reasons);
            if (!outOfScope.isEmpty()) {
                excluded.add(new Exclusion(name, row.line(), id, String.join("; ", outOfScope)));
                continue;
            }
            if (!reasons.isEmpty()) {
                rejected.add(new Rejection(name, row.line(), id, String.join("; ", reasons)));
                continue;
            }
            ids.put(id, row.line());
            accepted.add(new Establishment(id, Sector.EDUCATION, rule.get().typology(), territory.parish(parish).code(),
                    null, null,
                    Condition.GOOD, students, teachers, row.get("name")));
        }
        InventorySource source = source();
        return new Inventory(accepted.stream().map(e -> e.withSource(source.id())).toList(), excluded, rejected,
                List.of(source), List.of(new Inventory.FileAccount(name, source.id(), accepted.size(),
                excluded.size(), rejected.size())));
    }

    /**
     * An extract as a source: it lists some of the schools of some zones (the zone-5 extract misses two of Galápagos'
     * three cantons), so it declares partial coverage of seats and teachers only: a lower bound.
     */
    public static InventorySource source() {
        return new InventorySource("mineduc-amie-extract", "MINEDUC AMIE school registry extract", "Ministerio de"
                + " Educación (MINEDUC)", "undated extract (c. 2012-2015)", io.github.desconcentra.territory.Provenance
                .Status.SOURCED, true, List.of(new InventorySource.Coverage(Sector.EDUCATION, java.util.Set.of(),
                java.util.EnumSet.of(io.github.desconcentra.standards.Measure.PLACES,
                        io.github.desconcentra.standards.Measure.STAFF),
                java.util.Set.of(io.github.desconcentra.territory.NationCode.of("EC")), false, "an extract of some"
                + " zones: where it lists nothing the supply is unknown")), "capacity is enrolment");
    }

    private static ParishCode parish(CsvTable.Row row, Territory territory, List<String> reasons) {
        String column = row.has("dpa_parish_code") && !row.get("dpa_parish_code").isEmpty() ? "dpa_parish_code"
                : "parish_code";
        String v = row.get(column);
        ParishCode code;
        try {
            code = ParishCode.of(v);
        } catch (IllegalArgumentException e) {
            reasons.add(column + " \"" + v + "\": " + e.getMessage());
            return null;
        }
        if (!territory.contains(code) && column.equals("parish_code")
                && Integer.parseInt(code.value().substring(4)) < 50) {
            code = ParishCode.of(code.value().substring(0, 4) + "50");
        }
        if (!territory.contains(code)) {
            reasons.add("parish " + code + " is not in the territory");
            return null;
        }
        return code;
    }

    private static Long count(CsvTable.Row row, String column, List<String> reasons) {
        try {
            return Cells.parseCount(row.get(column));
        } catch (IllegalArgumentException e) {
            reasons.add(column + " \"" + row.get(column) + "\": " + e.getMessage());
            return null;
        }
    }

    /** Counts rejections by reason, for reports. */
    public static Map<String, Integer> rejectionsByReason(Inventory inventory) {
        return byReason(inventory.rejected().stream().map(Rejection::reason));
    }

    /** Counts exclusions by reason, for reports. */
    public static Map<String, Integer> exclusionsByReason(Inventory inventory) {
        return byReason(inventory.excluded().stream().map(Exclusion::reason));
    }

    private static Map<String, Integer> byReason(java.util.stream.Stream<String> reasons) {
        Map<String, Integer> m = new java.util.TreeMap<>();
        reasons.forEach(r -> m.merge(r, 1, Integer::sum));
        return m;
    }
}
