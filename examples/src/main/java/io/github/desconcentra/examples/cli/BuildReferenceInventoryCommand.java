package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra build-reference-inventory}: derives the reference inventory folder from the registries. */
@Command(name = "build-reference-inventory", mixinStandardHelpOptions = true,
        description = "Derive the embedded reference inventory (per registry: NAME.csv, NAME_excluded.csv,"
                + " NAME_rejected.csv; and sources.json) from the curated public registries schools_national.csv,"
                + " health_first_level.csv, health_msp_2017.csv and published_aggregates.csv, on the reference"
                + " territory.")
final class BuildReferenceInventoryCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of the public inputs.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.prepare("--out", out);
        ReferenceInventory.build(input, ReferenceTerritory.territory(), out);
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
