package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.InventorySources;
import io.github.desconcentra.standards.amie.AmieImporter;
import io.github.desconcentra.standards.registry.HealthRegistry;
import io.github.desconcentra.standards.registry.PublishedAggregates;
import io.github.desconcentra.standards.registry.SchoolRegistry;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
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

/** {@code desconcentra import}: a national registry to the canonical inventory, with every record accounted for. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a registry into the canonical inventory: write DIR/inventory.csv (with a source column),"
                + " DIR/inventory.sources.json (the source and what it covers; read with the file by --inventory),"
                + " DIR/excluded.csv (valid but out of scope, with the reason) and DIR/rejected.csv (invalid, with"
                + " every reason), and print read / accepted / excluded / rejected. Registries: schools"
                + " (schools_national.csv, MINEDUC AMIE, all zones), health-first-level (health_first_level.csv,"
                + " typology inferred), hospitals (health_msp_2017.csv, general hospitals), aggregates"
                + " (published_aggregates.csv).")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The registry file (CSV).")
    Path file;

    @Option(names = "--registry", required = true, paramLabel = "KIND",
            description = "schools, health-first-level, hospitals or aggregates.")
    String registry;

    @Mixin
    TerritoryOptions territory;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        Inventory inv = switch (registry) {
            case "schools" -> SchoolRegistry.importFile(file, t);
            case "health-first-level" -> HealthRegistry.importFirstLevel(file, t);
            case "hospitals" -> HealthRegistry.importHospitals(file, t);
            case "aggregates" -> PublishedAggregates.importFile(file, t);
            default -> throw new InputException(Problem.of("--registry", "unknown registry \"" + registry
                    + "\" (expected schools, health-first-level, hospitals or aggregates)"));
        };
        write(inv, out, spec.commandLine().getOut());
        return 0;
    }

    /** Writes an imported inventory and prints its accounting, by reason. */
    static void write(Inventory inv, Path out, PrintWriter w) {
        InventoryIo.writeCsv(inv.establishments(), out.resolve("inventory.csv"));
        if (!inv.sources().isEmpty()) {
            InventorySources.write(inv.sources(), out.resolve("inventory" + InventoryIo.SOURCES_SUFFIX));
        }
        InventoryIo.writeExcluded(inv.excluded(), out.resolve("excluded.csv"), false);
        InventoryIo.writeRejected(inv.rejected(), out.resolve("rejected.csv"), false);
        w.println(inv.accounting());
        for (Map.Entry<String, Integer> e : AmieImporter.exclusionsByReason(inv).entrySet()) {
            w.printf(Locale.ROOT, "  excluded %5d: %s%n", e.getValue(), e.getKey());
        }
        for (Map.Entry<String, Integer> e : AmieImporter.rejectionsByReason(inv).entrySet()) {
            w.printf(Locale.ROOT, "  rejected %5d: %s%n", e.getValue(), e.getKey());
        }
        w.flush();
    }
}
