package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.amie.AmieImporter;
import io.github.desconcentra.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra import-amie}: a MINEDUC school registry extract to the canonical inventory. */
@Command(name = "import-amie", mixinStandardHelpOptions = true,
        description = "Import a MINEDUC AMIE school registry CSV: write DIR/inventory.csv, DIR/excluded.csv (out of"
                + " scope: programmes without school seats, schools not active) and DIR/rejected.csv (invalid), each"
                + " line,id,reason, and print the counts read / accepted / excluded / rejected.")
final class ImportAmieCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The registry extract (CSV).")
    Path file;

    @Mixin
    TerritoryOptions territory;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A school-to-typology mapping CSV (funding,education_type,modality,typology,reason)"
                    + " replacing the default one.")
    Path mapping;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        AmieImporter.Mapping m = mapping == null ? AmieImporter.Mapping.standard()
                : AmieImporter.Mapping.read(mapping);
        Inventory inv = AmieImporter.importFile(file, t, m);
        ImportCommand.write(inv, out, spec.commandLine().getOut());
        return 0;
    }
}
