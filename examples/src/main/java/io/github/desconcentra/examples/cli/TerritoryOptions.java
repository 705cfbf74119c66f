package io.github.desconcentra.examples.cli;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritoryJson;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose a territory and its population year; shared by commands. */
public final class TerritoryOptions {
    /** The {@code --territory} value that names the embedded reference territory. */
    static final String REFERENCE = "reference";
    /** The parameter label of {@code --territory}, the same in every command. */
    static final String LABEL = "PATH|" + REFERENCE;

    @Option(names = "--territory", paramLabel = LABEL,
            description = "A territory folder of CSV files or a territory JSON file (see docs/FORMATS.md), or '"
                    + REFERENCE + "' for the embedded " + ReferenceTerritory.NAME + " dataset (a path of that name:"
                    + " ./" + REFERENCE + "). Default: " + REFERENCE + ".")
    Path territory;

    @Option(names = "--year", paramLabel = "Y",
            description = "Project populations to this year (default: the census year).")
    Integer year;

    /** True when the embedded reference territory is chosen. */
    boolean isReference() {
        return territory == null || territory.toString().equals(REFERENCE);
    }

    /** A short description of the chosen territory. */
    String label() {
        return isReference() ? ReferenceTerritory.NAME : territory.toString();
    }

    /**
     * Loads the chosen territory, projected to the chosen year.
     *
     * @throws InputException with every problem found
     */
    Territory load() {
        Territory t;
        if (isReference()) {
            t = ReferenceTerritory.territory();
        } else if (Files.isDirectory(territory)) {
            t = TerritoryCsv.load(territory);
        } else {
            // Checked before it is opened: missing, a pipe, a device or too large is said with the path.
            t = Territory.of(TerritoryJson.read(territory), territory.toString());
        }
        return year == null ? t : t.projectedTo(year);
    }
}
