package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code deficits.csv}: one row per {@link DeficitLine}, in {@link DeficitLine#ORDER} (nation, zones,
 * districts, circuits; then code, sector, typology, measure, rule), so the same evaluation always gives the same
 * bytes.
 */
public final class DeficitsCsv {
    /** The columns. */
    public static final List<String> COLUMNS = List.of("scope", "level", "code", "name", "sector", "typology",
            "measure", "required", "usable_supply", "repair_supply", "deficit", "surplus", "rule", "standard",
            "status");

    private DeficitsCsv() {
    }

    /**
     * Writes the lines of an evaluation; text cells (names, typologies, rules) are neutralised against spreadsheet
     * formulas, numbers stay numbers.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Evaluation evaluation, Path file) {
        try {
            CsvOutput.write(file, COLUMNS, p -> {
                for (DeficitLine l : evaluation.lines()) {
                    p.printRecord(CsvOutput.cells(l.scope().id(), l.level().id(), l.code().value(), l.name(),
                            l.sector().id(), l.typology(), l.measure().id(), l.required(), l.usableSupply(),
                            l.repairSupply(), l.deficit(), l.surplus(), l.rule(), l.standard(),
                            l.provenance().status().id()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
