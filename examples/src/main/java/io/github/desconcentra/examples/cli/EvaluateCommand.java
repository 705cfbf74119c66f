package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.WhatIf;
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
    InventoryOptions inventory;

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
        EvaluationArgs.Evaluated done = evaluation.evaluate(t, territory.isReference(), inventory, w,
                spec.commandLine().getErr());
        Evaluation result = done.evaluation();
        DeficitsCsv.write(result, t, out.resolve("deficits.csv"));
        done.writeLeftOut(out);
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

    /** The options shared by evaluate, cost, plan, run and sensitivity, beside {@link InventoryOptions}. */
    static final class EvaluationArgs {
        /** What {@code --sectors} says, the same in every command that takes it. */
        static final String SECTORS = "Sectors to evaluate, comma-separated (default all): health, education,"
                + " inclusion, police, rehabilitation, fire.";
        /** What {@code --standards} says in every command where it is optional. */
        static final String STANDARDS = "A standards folder (see 'desconcentra standards export') replacing the"
                + " embedded standards sector by sector; compiled at run time. Default: the embedded standards.";
        /** What {@code --tables-only} says, the same in every command that takes it. */
        static final String TABLES_ONLY = "With --standards: accept parameters and typologies but no DRL.";

        @Option(names = "--sectors", split = ",", paramLabel = "SECTOR", converter = SectorConverter.class,
                description = SECTORS)
        List<Sector> sectors = new ArrayList<>();

        @Option(names = "--standards", paramLabel = "DIR", description = STANDARDS)
        Path standards;

        @Option(names = "--tables-only", description = TABLES_ONLY)
        boolean tablesOnly;

        @Option(names = "--duplicate-distance", defaultValue = "50", paramLabel = "METRES",
                description = "Flag two usable establishments of one typology closer than this as redundant and count"
                        + " one (default ${DEFAULT-VALUE}; 0 turns the check off).")
        double duplicateDistance;

        /** The processors this JVM may use: the outputs do not depend on the thread count, only the wall time. */
        @Option(names = "--threads", paramLabel = "N",
                description = "Worker threads (default: the processors available, ${DEFAULT-VALUE} here); results do"
                        + " not depend on it.")
        int threads = Runtime.getRuntime().availableProcessors();

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

        /**
         * What {@link #evaluate} produced: the evaluation kept as a what-if, so that a plan evaluates its years'
         * demand on the supply counted once.
         */
        record Evaluated(StandardsEngine engine, Inventory inventory, WhatIf whatIf) {
            /** The evaluation of the inventory on the territory. */
            Evaluation evaluation() {
                return whatIf.evaluation();
            }

            /**
             * Writes the inventory records left out of the evaluation, {@code excluded.csv} (out of scope) and
             * {@code rejected.csv} (invalid, with --keep-going), into {@code out}: every evaluating command does.
             */
            void writeLeftOut(Path out) throws java.io.IOException {
                InventoryIo.writeExcluded(inventory.excluded(), out.resolve("excluded.csv"), true);
                InventoryIo.writeRejected(inventory.rejected(), out.resolve("rejected.csv"), true);
            }
        }

        /**
         * Loads the standards and the inventories and evaluates the territory; says on {@code w} which inventory
         * the evaluation rests on, and one line per inventory read.
         */
        Evaluated evaluate(Territory t, boolean referenceTerritory, InventoryOptions inventoryOptions, PrintWriter w,
                           PrintWriter err) {
            StandardsEngine engine = engine();
            Inventory inventory = inventoryOptions.read(t, referenceTerritory, engine.catalogue(), w::println,
                    line -> err.println("desconcentra: " + line));
            w.println("inventory: " + InventoryOptions.label(inventory));
            return new Evaluated(engine, inventory, engine.whatIf(t, inventory, options()));
        }

        /** The embedded standards, or the --standards folder compiled at run time. */
        StandardsEngine engine() {
            return standards == null ? StandardsEngine.embedded()
                    : io.github.desconcentra.standards.authoring.StandardsCompiler.compile(standards, tablesOnly);
        }
    }

}
