package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra evaluate}: deficits per circuit, district and zone, rolled up to the nation. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the sector standards on a territory and its current supply; write DIR/deficits.csv,"
                + " DIR/excluded.csv and DIR/rejected.csv (invalid inventory records stop the command unless"
                + " --keep-going). Where no inventory source covers a sector, its supply is unknown: the lines say"
                + " not_assessed, not a deficit.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    TerritoryOptions territory;

    @Mixin
    EvaluationArgs evaluation;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        EvaluationArgs.Evaluated done = evaluation.evaluate(t, territory.isReference(), w,
                spec.commandLine().getErr());
        Evaluation result = done.evaluation();
        DeficitsCsv.write(result, t, out.resolve("deficits.csv"));
        InventoryIo.writeExcluded(done.inventory().excluded(), out.resolve("excluded.csv"), true);
        InventoryIo.writeRejected(done.inventory().rejected(), out.resolve("rejected.csv"), true);
        printNational(w, result);
        w.printf(Locale.ROOT, "wrote %s (%d lines)%n", out.resolve("deficits.csv"), result.lines().size());
        return 0;
    }

    static void printNational(PrintWriter w, Evaluation result) {
        w.printf(Locale.ROOT, "%-15s %-18s %-15s %12s %12s %12s  %s%n", "sector", "typology", "measure", "required",
                "usable", "deficit", "supply");
        for (DeficitLine l : result.lines()) {
            if (l.level() == Level.NATION && l.scope() != DeficitLine.Scope.REQUIREMENT) {
                boolean unknown = l.assessment() == io.github.desconcentra.standards.Assessment.NOT_ASSESSED;
                w.printf(Locale.ROOT, "%-15s %-18s %-15s %,12d %12s %12s  %s%n", l.sector().id(), l.typology(),
                        l.measure().id(), l.required(), unknown ? "unknown" : String.format(Locale.ROOT, "%,d",
                        l.usableSupply()), unknown ? "-" : String.format(Locale.ROOT, "%,d", l.deficit()),
                        l.assessment().id().replace('_', ' ') + (l.assessment()
                        == io.github.desconcentra.standards.Assessment.PARTLY_ASSESSED ? " (deficit is an upper bound)"
                        : ""));
            }
        }
    }

    /** Parses a sector id; picocli turns its message into a usage error. */
    static final class SectorConverter implements picocli.CommandLine.ITypeConverter<Sector> {
        @Override
        public Sector convert(String value) {
            return Sector.fromId(value);
        }
    }

    /** The options shared by evaluate, cost, plan and run. */
    static final class EvaluationArgs {
        @Option(names = "--inventory", paramLabel = "FILE|sample",
                description = "Inventory files (canonical CSV or JSON), or 'sample' for the generated demo inventory"
                        + " of health, inclusion, police, rehabilitation and fire (status sample, labelled in every"
                        + " output); later ones replace earlier ones sector by sector. Default: on the reference"
                        + " territory its reference inventory of real national registries, elsewhere none. A file"
                        + " covers its sectors only partly unless --assume-complete names it.")
        List<String> inventories = new ArrayList<>();

        @Option(names = "--assume-complete", paramLabel = "FILE",
                description = "Declare that an --inventory FILE lists every establishment of its sectors in the"
                        + " territory: where it lists none there are none (status assumed). Default: never assumed.")
        List<Path> assumeComplete = new ArrayList<>();

        @Option(names = "--assume-none", split = ",", paramLabel = "SECTOR", converter = SectorConverter.class,
                description = "Declare that these sectors have no establishment beyond those inventoried, anywhere"
                        + " (e.g. --assume-none fire): their lines become assessed, status assumed. Default: a"
                        + " sector no source covers has unknown supply, not zero.")
        List<Sector> assumeNone = new ArrayList<>();

        @Option(names = "--no-reference-inventory",
                description = "On the reference territory, start from no inventory instead of the reference one.")
        boolean noReferenceInventory;

        @Option(names = "--sectors", split = ",", paramLabel = "SECTOR", converter = SectorConverter.class,
                description = "Sectors to evaluate, comma-separated (default all): health, education, inclusion,"
                        + " police, rehabilitation, fire.")
        List<Sector> sectors = new ArrayList<>();

        @Option(names = "--standards", paramLabel = "DIR",
                description = "A standards folder (see 'desconcentra standards export') replacing the embedded"
                        + " standards sector by sector; compiled at run time.")
        Path standards;

        @Option(names = "--tables-only", description = "With --standards: accept parameters and typologies but no DRL.")
        boolean tablesOnly;

        @Option(names = "--duplicate-distance", defaultValue = "50", paramLabel = "METRES",
                description = "Flag two usable establishments of one typology closer than this as redundant and count"
                        + " one (default ${DEFAULT-VALUE}; 0 turns the check off).")
        double duplicateDistance;

        @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
                description = "Worker threads (default ${DEFAULT-VALUE}); results do not depend on it.")
        int threads;

        @Option(names = "--keep-going",
                description = "Evaluate with the valid inventory records when some are invalid, and list the invalid"
                        + " ones in DIR/rejected.csv (by default an invalid record stops the command, exit 1).")
        boolean keepGoing;

        @Option(names = "--max-rejected", paramLabel = "N", converter = OptionConverters.NonNegative.class,
                description = "Like --keep-going, but stop when more than N inventory records are invalid.")
        Long maxRejected;

        /** How many invalid inventory records the command line accepts. */
        long allowedRejections() {
            return keepGoing ? Long.MAX_VALUE : maxRejected == null ? 0 : maxRejected;
        }

        EvaluationOptions options() {
            EnumSet<Sector> s = EnumSet.noneOf(Sector.class);
            s.addAll(sectors);
            try {
                return EvaluationOptions.DEFAULTS.withSectors(s.isEmpty() ? EnumSet.allOf(Sector.class) : s)
                        .withThreads(threads).withDuplicateDistance(duplicateDistance);
            } catch (IllegalArgumentException e) {
                throw new io.github.desconcentra.territory.InputException(
                        io.github.desconcentra.territory.Problem.of("options", e.getMessage()));
            }
        }

        /** What {@link #evaluate} produced. */
        record Evaluated(StandardsEngine engine, Inventory inventory, Evaluation evaluation) {
        }

        /** Loads the standards and the inventories and evaluates the territory. */
        Evaluated evaluate(Territory t, boolean referenceTerritory, PrintWriter w, PrintWriter err) {
            StandardsEngine engine = engine();
            Inventory inventory = inventory(t, engine, base(t, engine, referenceTerritory), w::println, err);
            return new Evaluated(engine, inventory, engine.evaluate(t, inventory, options()));
        }

        /** The inventory the --inventory files go over: the reference inventory on the reference territory. */
        List<Inventory> base(Territory t, StandardsEngine engine, boolean referenceTerritory) {
            return referenceTerritory && !noReferenceInventory
                    ? List.of(io.github.desconcentra.standards.reference.ReferenceInventory.load(t, engine.catalogue()))
                    : List.of();
        }

        /** The embedded standards, or the --standards folder compiled at run time. */
        StandardsEngine engine() {
            return standards == null ? StandardsEngine.embedded()
                    : io.github.desconcentra.standards.authoring.StandardsCompiler.compile(standards, tablesOnly);
        }

        /**
         * Reads the --inventory files over {@code base} (see {@link Inventories#read}); a line per file goes to
         * {@code progress}, a warning about records left out to {@code err}.
         */
        Inventory inventory(Territory t, StandardsEngine engine, List<Inventory> base,
                            java.util.function.Consumer<String> progress, PrintWriter err) {
            return Inventories.read(inventories, base, t, engine.catalogue(), allowedRejections(), progress,
                    line -> err.println("desconcentra: " + line), assumeComplete, assumeNone);
        }
    }

}
