package io.github.desconcentra.examples.cli;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.reference.ReferenceDatasetBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra build-reference}: derives the Ecuador reference territory folder from the public inputs. */
@Command(name = "build-reference", mixinStandardHelpOptions = true,
        description = "Derive the Ecuador reference territory folder (territory CSV format) from the curated public"
                + " inputs parishes.csv, districts.csv, circuits_senplades_2012.csv, urban_parishes.csv,"
                + " canton_projections.csv and schools_zone5.csv, with circuit_comparison.csv beside it.")
final class BuildReferenceCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of the public inputs.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.prepare("--out", out);
        TerritoryData data = ReferenceDatasetBuilder.ecuador(input).writeTo(out);
        spec.commandLine().getOut().println("wrote " + out + ": " + Territory.of(data));
        return 0;
    }
}
