package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.GapSeries;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.report.CostedRun;
import io.github.desconcentra.examples.report.ReportOptions;
import io.github.desconcentra.examples.report.Reports;
import io.github.desconcentra.examples.report.RunResult;
import io.github.desconcentra.examples.report.Uncertainty;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.WhatIf;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra run}: the whole pipeline, validate → evaluate → cost → plan, and the reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline (validate, evaluate, cost, plan) and write the reports. With no options"
                + " it runs on the embedded Ecuador reference territory and its reference inventory of real national"
                + " registries (sectors and units no source covers are not assessed, never read as zero), plans the"
                + " ten years"
                + " from next year on each year's projected demand at USD 1,500 million a year (capex and recurrent"
                + " cost), and writes into ./desconcentra-report/.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    TerritoryOptions territory;

    @Mixin
    InventoryOptions inventory;

    @Mixin
    EvaluateCommand.EvaluationArgs evaluation;

    @Mixin
    CostOptions costOptions;

    @Mixin
    PlanCommand.PlanOptions planOptions;

    @Mixin
    ReportLanguageOptions language;

    @Mixin
    ReportLanguageOptions.CsvFiles csvFiles;

    @Mixin
    UncertaintyOptions uncertaintyOptions;

    @Option(names = "--out", defaultValue = "desconcentra-report", paramLabel = "DIR",
            description = "Folder to write (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--timestamp", description = "Record the wall-clock time in report.json (reruns then differ).")
    boolean timestamp;

    @ParentCommand
    Desconcentra root;

    @Spec
    CommandSpec spec;

    private void progress(String step) {
        if (!quiet) {
            spec.commandLine().getErr().println("desconcentra: " + step);
        }
    }

    @Override
    public Integer call() throws Exception {
        uncertaintyOptions.check(spec.commandLine());
        OutputFolder.prepare("--out", out);
        // The rule base, then the checksums of the embedded inputs, are made on a second thread while the territory
        // loads: neither needs the territory. Errors still come in the order of the steps (territory first).
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "desconcentra-load");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<StandardsEngine> engineLoad = loader.submit(evaluation::engine);
            embeddedDigests = loader.submit(this::embeddedDigests);
            // The reference inventory's files are parsed on a thread of their own (half of reading them needs no
            // territory; the loading thread already has about as much to do as this one): their records are checked
            // on this thread once the territory and the standards are loaded.
            if (readsReferenceInventory()) {
                FutureTask<ReferenceInventory.Parsed> parse = new FutureTask<>(ReferenceInventory::parsed);
                Thread parser = new Thread(parse, "desconcentra-inventory");
                parser.setDaemon(true);
                parser.start();
                referenceParse = parse;
            }
            return run(engineLoad, loader);
        } finally {
            loader.shutdownNow();
        }
    }

    /** The reference inventory's files parsed on the loading thread, or null when this run does not read them. */
    private Future<ReferenceInventory.Parsed> referenceParse;

    /** True when the options name the reference inventory (contradictory options are reported at its step). */
    private boolean readsReferenceInventory() {
        try {
            return inventory.layers(territory.isReference()).contains(InventoryOptions.REFERENCE);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The reference inventory's files parsed: on the loading thread when it was asked to, else here. */
    private ReferenceInventory.Parsed referenceParsed() {
        if (referenceParse == null) {
            return ReferenceInventory.parsed();
        }
        try {
            return result(referenceParse);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading the reference inventory was interrupted", e);
        }
    }

    /** The SHA-256 of every embedded input this run may name, by resource; made on the loading thread. */
    private Future<Map<String, String>> embeddedDigests;

    private Integer run(Future<StandardsEngine> engineLoad, ExecutorService loader) throws Exception {
        progress("loading and validating the territory");
        Territory t = territory.load();
        // The reference's parish polygons are read on first use: by the supply count (placing records by their
        // points, through an index of the polygons) and the reports' maps. Read and indexed on the loading thread
        // while this one reads the inventory; should that fail, the step that needs them reads them again and
        // reports it in its turn.
        loader.submit(() -> t.boundaries().map(Boundaries::readyToLocate));
        Horizon horizon = planOptions.horizon(t, root.clock);
        progress("loading the standards");
        StandardsEngine engine = result(engineLoad);
        Map<String, String> inputs = new TreeMap<>();
        checksumTerritory(inputs);
        List<String> layers = inventory.layers(territory.isReference());
        if (layers.contains(InventoryOptions.REFERENCE)) {
            for (String f : EmbeddedDigests.referenceInventoryFiles()) {
                inputs.put("inventory:reference:" + f, embeddedDigest(ReferenceInventory.FOLDER + "/" + f));
            }
        }
        Inventory supply = inventory.read(t, territory.isReference(), engine.catalogue(), this::referenceParsed,
                this::progress, line -> spec.commandLine().getErr().println("desconcentra: " + line));
        for (String f : layers) {
            if (!f.equals(InventoryOptions.REFERENCE)) {
                inputs.put("inventory:" + f, f.equals(InventoryOptions.SAMPLE) ? "generated demo, seed "
                        + ReferenceInventory.SEED : sha256(Path.of(f)));
            }
        }
        List<String> sample = new ArrayList<>();
        supply.sources().stream().filter(x -> x.status() == io.github.desconcentra.territory.Provenance.Status
                .SAMPLE).forEach(x -> x.sectors().forEach(sec -> sample.add(sec.id())));
        String label = InventoryOptions.label(supply);
        EvaluationOptions options = evaluation.options();
        progress("evaluating " + options.sectors().size() + " sectors on " + t.circuits().size() + " circuits");
        // Kept as a what-if: each plan year's demand is evaluated on the supply counted here.
        WhatIf central = engine.whatIf(t, supply, options);
        Evaluation e = central.evaluation();
        progress("costing " + e.lines().size() + " deficit lines");
        UnitCosts unitCosts = costOptions.unitCosts();
        inputs.put("costs:" + (costOptions.costs == null ? "default unit_costs.csv" : costOptions.costs.toString()),
                costOptions.costs == null ? embeddedDigest(EmbeddedDigests.UNIT_COSTS)
                        : sha256(costOptions.costs));
        Callable<Costed> costing = () -> {
            CostReport r = costOptions.cost(t, e);
            return new Costed(r, uncertaintyOptions.measure(t, supply, engine, options, unitCosts,
                    costOptions.policy(), r, Math.max(1, evaluation.threads), this::progress), null);
        };
        ReportOptions reportOptions = ReportOptions.defaults().withLanguage(language.language)
                .withCsvByteOrderMark(csvFiles.byteOrderMark).withTimestamp(timestamp ? Instant.now() : null);
        if (planOptions.budgetSource != null && planOptions.budgetSource.file != null) {
            inputs.put("budget:" + planOptions.budgetSource.file, sha256(planOptions.budgetSource.file));
        }
        Costed costed;
        GapSeries series;
        if (options.threads() == 1) {
            costed = costing.call();
            series = horizon.series(t, central, 1, this::progress);
        } else {
            // Costing and uncertainty need only the population year's evaluation, the plan years' demand only its
            // what-if: they overlap. The plan years' progress is held until costing has said all it says, and a
            // costing error comes before any error of the plan years, as when the steps ran one after the other.
            // Once costed, the reports that need no plan are started on a thread of their own, while this thread
            // ends the plan years and plans; they are put in place with the others, or removed should a later step
            // fail. Should they not start, every file is written at the end, as with one thread.
            FutureTask<Costed> costs = new FutureTask<>(() -> {
                Costed c = costing.call();
                try {
                    return new Costed(c.report(), c.uncertainty(), Reports.start(new CostedRun(t, supply, sample, e,
                            c.report(), territory.label(), horizon.last()), out, reportOptions));
                } catch (RuntimeException x) {
                    return c;
                }
            });
            Thread costingThread = new Thread(costs, "desconcentra-costing");
            costingThread.setDaemon(true);
            costingThread.start();
            List<String> held = new ArrayList<>();
            GapSeries years = null;
            RuntimeException failed = null;
            try {
                years = horizon.series(t, central, options.threads(), held::add);
            } catch (RuntimeException x) {
                failed = x;
            }
            costed = result(costs);
            held.forEach(this::progress);
            if (failed != null) {
                costed.abandonReports();
                throw failed;
            }
            series = years;
        }
        try {
            return planAndReport(t, horizon, engine, inputs, options, supply, label, sample, unitCosts, e, costed,
                    series, reportOptions);
        } finally {
            costed.abandonReports();
        }
    }

    /** Plans, then writes the reports: those started after costing are finished. */
    private Integer planAndReport(Territory t, Horizon horizon, StandardsEngine engine, Map<String, String> inputs,
                                  EvaluationOptions options, Inventory supply, String label, List<String> sample,
                                  UnitCosts unitCosts, Evaluation e, Costed costed, GapSeries series,
                                  ReportOptions reportOptions) throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        CostReport report = costed.report();
        Uncertainty uncertainty = costed.uncertainty();
        progress("planning " + horizon.years() + " (" + planOptions.planner + ")");
        Plan plan = planOptions.plan(series, engine, costOptions, horizon, this::progress);
        Budget budget = plan.budget();
        for (Sector s : Sector.values()) {
            for (String f : EmbeddedDigests.standardsFiles(s)) {
                Path own = evaluation.standards == null ? null : evaluation.standards.resolve(s.id()).resolve(f);
                boolean mine = own != null && Files.exists(own);
                String r = StandardsEngine.RESOURCE_FOLDER + "/" + s.id() + "/" + f;
                inputs.put("standards:" + (mine ? own.toString() : s.id() + "/" + f), mine ? sha256(own)
                        : embeddedDigest(r));
            }
        }
        Map<String, String> params = new TreeMap<>();
        params.put("year", Integer.toString(t.year()));
        params.put("sectors", String.join(",", options.sectors().stream().sorted().map(Sector::id).toList()));
        params.put("priceYear", Integer.toString(report.priceYear()));
        params.put("budget", budget.firstYear() + "-" + budget.lastYear() + ", "
                + (planOptions.budgetSource != null && planOptions.budgetSource.file != null ? "file"
                : "per year " + budget.total().get(budget.firstYear()).toPlainString()));
        params.put("planYears", horizon.years());
        params.put("demand", horizon.populationYearDemand() ? "population-year" : "projected");
        if (horizon.scenario() != null) {
            params.put("scenario", horizon.scenario());
        }
        params.put("planner", planOptions.planner);
        if (planOptions.planner.equals("optimised")) {
            params.put("optimiserMoves", Long.toString(planOptions.optimiserMoves));
        }
        params.put("priority", planOptions.priority);
        params.put("sectorFloors", planOptions.sectorFloors.toString());
        params.put("sectorCeilings", planOptions.sectorCeilings.toString());
        params.put("carryForward", Boolean.toString(budget.carryForward()));
        params.put("recurrentCeiling", budget.hasRecurrentCeiling() ? budget.recurrent().get(budget.firstYear())
                .toPlainString() : "none: recurrent cost counts against the total ceiling");
        params.put("duplicateDistanceMeters", Double.toString(options.duplicateDistanceMeters()));
        RunResult run = new RunResult(territory.label(), t, label, supply, sample, engine, unitCosts, e, report, plan,
                inputs, params, uncertainty);
        progress("writing reports to " + out);
        String summary = costed.reports() == null ? Reports.write(run, out, reportOptions)
                : costed.reports().finish(run);
        w.print(summary);
        w.println(language.messages().get("cli.wrote", out, String.join(", ", Reports.FILES)));
        w.flush();
        return 0;
    }

    /** The population year's cost and its uncertainty, and the reports started from them (null when not). */
    private record Costed(CostReport report, Uncertainty uncertainty, Reports.Started reports) {
        /** Removes the hidden files of the reports started, if any: nothing once they are finished. */
        void abandonReports() {
            if (reports != null) {
                reports.abandon();
            }
        }
    }

    /**
     * The checksums of the embedded inputs this run may name: those the build recorded, else (a build that recorded
     * none) the standards' files and the default unit costs, and with the reference territory its files and those of
     * the reference inventory, hashed now.
     */
    private Map<String, String> embeddedDigests() throws IOException {
        Map<String, String> recorded = EmbeddedDigests.recorded();
        return recorded != null ? recorded : EmbeddedDigests.computed(EmbeddedDigests.names(territory.isReference()));
    }

    /** The checksum of an embedded input, from those made on the loading thread. */
    private String embeddedDigest(String resource) throws Exception {
        String digest = result(embeddedDigests).get(resource);
        // Every name this run uses is in the list; one added elsewhere and not there is hashed here.
        return digest != null ? digest : EmbeddedDigests.sha256(EmbeddedDigests.resource(resource));
    }

    /** What a task of the loading thread made, or its exception as if thrown here. */
    private static <T> T result(Future<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw e;
        }
    }

    private void checksumTerritory(Map<String, String> inputs) throws Exception {
        if (territory.isReference()) {
            for (String f : EmbeddedDigests.TERRITORY_FILES) {
                inputs.put("territory:reference:" + f, embeddedDigest(ReferenceTerritory.RESOURCE_FOLDER + "/" + f));
            }
        } else if (Files.isDirectory(territory.territory)) {
            try (Stream<Path> files = Files.list(territory.territory)) {
                for (Path p : files.sorted().toList()) {
                    if (Files.isRegularFile(p) && p.toString().endsWith(".csv")) {
                        inputs.put("territory:" + p.getFileName(), sha256(p));
                    }
                }
            }
        } else {
            inputs.put("territory:" + territory.territory.getFileName(), sha256(territory.territory));
        }
    }

    /** The checksum of an input file, read through the same checks as the loaders (regular file, bounded size). */
    private static String sha256(Path file) {
        return EmbeddedDigests.sha256(InputFiles.readAllBytes(file, CsvTable.MAX_BYTES));
    }
}
