package io.github.desconcentra.territory.reference;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.Ids;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The crosswalk from the DPA codes of the official circuit table (2011–2012) to DPA 2025: the project's own curated
 * table {@value #RESOURCE}, one row per decision with its status and evidence (listed in {@code docs/DATA.md}).
 * Package-private.
 *
 * @param entries in file order
 */
record Crosswalk(List<Entry> entries) {
    /** The classpath resource holding the crosswalk. */
    static final String RESOURCE = "io/github/desconcentra/territory/reference/dpa_2012_to_2025.csv";
    private static final String FILE = "dpa_2012_to_2025.csv";
    private static final Set<String> STATUSES = Set.of("sourced", "inferred");

    /** What became of a 2012 code, or where a parish with no row of its own comes from. */
    enum Relation {
        /** The row's parish now has another code, or several whole parishes (one row each in the file). */
        RECODED,
        /** The row's area now lies inside another parish, which it splits with that parish's own rows. */
        ABSORBED,
        /** A parish created since 2012 joins one circuit of the parish it came from. */
        CREATED,
        /** A parish created since 2012 from a split parish shares that parish's split (which row held it is unknown). */
        INHERITS_SPLIT,
        /** A disputed area with no census population, held in equal shares by the circuits of its claimants. */
        DISPUTED
    }

    /**
     * One decision.
     *
     * @param line the line in the file
     * @param relation never null
     * @param circuits the circuit of the row (recoded, absorbed), the circuit joined (created) or the claimants'
     *     circuits (disputed); empty for inherits_split
     * @param parish2012 the row's 2012 code (recoded, absorbed) or the parent parish (created, inherits_split);
     *     empty for disputed
     * @param parish2025 the DPA 2025 parish concerned
     * @param status {@code sourced} or {@code inferred}
     * @param evidence why, never blank
     */
    record Entry(long line, Relation relation, List<CircuitCode> circuits, String parish2012, ParishCode parish2025,
                 String status, String evidence) {
        /** The circuit of a one-circuit entry. */
        CircuitCode circuit() {
            return circuits.get(0);
        }

        /** A problem located at this entry. */
        Problem problem(String column, String value, String message) {
            return new Problem(FILE, line, column, value, message);
        }
    }

    /** Reads the embedded crosswalk; throws {@link InputException} naming line and column for any bad row. */
    static Crosswalk embedded() {
        InputStream in = Crosswalk.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new InputException(Problem.of(RESOURCE, "the crosswalk resource is missing from the classpath"));
        }
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(FILE, in, List.of("relation", "circuit_code", "parish_code_2012",
                "parish_code_2025", "status", "evidence"), List.of(), null, problems);
        Cells cells = new Cells(FILE, problems);
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            Relation relation = cells.parse(row, "relation", s -> Ids.parse(Relation.class, s, "crosswalk relation"));
            ParishCode parish = cells.parse(row, "parish_code_2025", ParishCode::of);
            String status = cells.text(row, "status");
            String evidence = cells.text(row, "evidence");
            List<CircuitCode> circuits = new ArrayList<>();
            for (String c : row.get("circuit_code").isEmpty() ? new String[0] : row.get("circuit_code").split(";")) {
                CircuitCode code = cells.parseValue(row, "circuit_code", c, CircuitCode::of);
                if (code != null) {
                    circuits.add(code);
                }
            }
            String parent = row.get("parish_code_2012");
            if (status != null && !STATUSES.contains(status)) {
                cells.problem(row, "status", status, "must be sourced or inferred");
                continue;
            }
            if (relation == null || parish == null || status == null || evidence == null) {
                continue;
            }
            boolean circuitsFit = switch (relation) {
                case INHERITS_SPLIT -> circuits.isEmpty();
                case DISPUTED -> circuits.size() >= 2;
                default -> circuits.size() == 1;
            };
            if (!circuitsFit) {
                cells.problem(row, "circuit_code", row.get("circuit_code"), "a " + Ids.of(relation) + " entry names "
                        + switch (relation) {
                            case INHERITS_SPLIT -> "no circuit";
                            case DISPUTED -> "at least two circuits";
                            default -> "exactly one circuit";
                        });
                continue;
            }
            if (parent.isEmpty() != (relation == Relation.DISPUTED)) {
                cells.problem(row, "parish_code_2012", parent, relation == Relation.DISPUTED
                        ? "a disputed entry names no 2012 parish" : "must name the 2012 code or parent parish");
                continue;
            }
            entries.add(new Entry(row.line(), relation, List.copyOf(circuits), parent, parish, status, evidence));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Crosswalk(List.copyOf(entries));
    }
}
