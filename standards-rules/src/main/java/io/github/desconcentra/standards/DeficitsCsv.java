package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code deficits.csv}: one row per {@link DeficitLine}, with the zone and district that hold its unit, in {@link DeficitLine#ORDER} (nation, zones,
 * districts, circuits; then code, sector, typology, measure, rule), so the same evaluation always gives the same
 * bytes.
 *
 * <p>Unknown is not zero: where the supply was not assessed ({@code assessment=not_assessed}) the usable supply,
 * deficit and surplus cells are empty ("supply unknown"); where it was partly assessed the usable supply is a lower
 * bound and the deficit an upper bound. A {@code requirement} line states a requirement compared at
 * {@code compared_at}: its supply, deficit and surplus cells are empty (they are on the comparison line). Every row
 * names the inventory sources of its supply ({@code sources}, id and vintage) and the weakest status among its inputs
 * ({@code status}: sourced, derived, inferred, estimated, assumed or sample); {@code standard_status} is the rule's.
 */
public final class DeficitsCsv {
    /** The columns. */
    public static final List<String> COLUMNS = List.of("scope", "level", "code", "zone", "district", "name", "sector",
            "typology",
            "measure", "required", "usable_supply", "repair_supply", "deficit", "surplus", "rule", "standard",
            "standard_status", "assessment", "compared_at", "comparison", "sources", "status");

    private DeficitsCsv() {
    }

    /**
     * Writes the lines of an evaluation; text cells (names, typologies, rules) are neutralised against spreadsheet
     * formulas, numbers stay numbers.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Evaluation evaluation, Territory territory, Path file) {
        try {
            CsvOutput.write(file, COLUMNS, rows(evaluation, territory), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of {@code deficits.csv}, raw (for the CSV file and the report's workbook alike), in {@link #COLUMNS}.
     *
     * @param territory the territory evaluated, for the zone and district of each line (empty above them)
     */
    public static CsvOutput.Rows rows(Evaluation evaluation, Territory territory) {
        return sink -> {
            // A unit has dozens of lines: its zone and district are looked up once. The engine shares one sources
            // list among the lines citing the same sources: each list is joined into its cell once.
            Map<UnitCode, String[]> held = new HashMap<>();
            Map<List<String>, String> sourcesText = new IdentityHashMap<>();
            for (DeficitLine l : evaluation.lines()) {
                boolean unknown = l.assessment() == Assessment.NOT_ASSESSED
                        || l.scope() == DeficitLine.Scope.REQUIREMENT;
                String[] zoneAndDistrict = held.computeIfAbsent(l.code(), u -> new String[] {
                    code(territory, u, Level.ZONE), code(territory, u, Level.DISTRICT)});
                sink.record(l.scope().id(), l.level().id(), l.code().value(), zoneAndDistrict[0],
                        zoneAndDistrict[1], l.name(), l.sector().id(), l.typology(),
                        l.measure().id(), l.required(), unknown ? null : l.usableSupply(),
                        unknown ? null : l.repairSupply(), unknown ? null : l.deficit(), unknown ? null : l.surplus(),
                        l.rule(), l.standard(), l.provenance().status().id(), l.assessment().id(),
                        l.comparedAt().value(), l.comparison(),
                        sourcesText.computeIfAbsent(l.sources(), k -> l.sourcesText()), l.status().id());
            }
        };
    }

    /** The code of the unit of a level holding a unit, or empty. */
    static String code(Territory territory, UnitCode unit, Level level) {
        return territory.enclosing(unit, level).map(UnitCode::value).orElse("");
    }
}
