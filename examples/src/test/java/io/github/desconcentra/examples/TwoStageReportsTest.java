package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.GapSeries;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.Projects;
import io.github.desconcentra.costing.TypologySize;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.cli.Gaps;
import io.github.desconcentra.examples.report.CostedRun;
import io.github.desconcentra.examples.report.ReportOptions;
import io.github.desconcentra.examples.report.Reports;
import io.github.desconcentra.examples.report.RunResult;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwoStageReportsTest {
    private static final ReportOptions OPTIONS = ReportOptions.defaults().withLanguage(ReportOptions.ENGLISH)
            .withCsvByteOrderMark(true);
    private static RunResult run;
    private static CostedRun costed;

    @BeforeAll
    static void sigchosEvaluatedCostedAndPlanned() {
        run = WriteAReportExample.sigchosRun();
        costed = new CostedRun(run.territory(), run.inventory(), run.sampleSectors(), run.evaluation(),
                run.costs(), run.territoryLabel(), run.plan().budget().lastYear());
    }

    @Test
    void startedThenFinishedTheReportsAreTheFilesWrittenAtOnceIntoAFreshOrAFullFolder(@TempDir Path dir)
            throws Exception {
        String summary = Reports.write(run, dir.resolve("at-once"), OPTIONS);
        assertEquals(summary, Reports.start(costed, dir.resolve("two-stages"), OPTIONS).finish(run));
        assertSameFiles(dir.resolve("at-once"), dir.resolve("two-stages"));
        Files.writeString(dir.resolve("two-stages/deficits.csv"), "a longer file left by an older run".repeat(9_999));
        Files.writeString(dir.resolve("two-stages/costs.csv"), "a shorter one");
        Path own = dir.resolve("two-stages/excluded.csv");
        Files.setPosixFilePermissions(own, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path link = dir.resolve("two-stages/not_costed.csv");
        Files.delete(link);
        Files.createSymbolicLink(link, dir.resolve("elsewhere.csv"));
        Reports.start(costed, dir.resolve("two-stages"), OPTIONS).finish(run);
        assertSameFiles(dir.resolve("at-once"), dir.resolve("two-stages"));
        assertTrue(Files.isSymbolicLink(link), "a file is written through a link, as writing it at once does");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(own)), "a file keeps its permissions, as writing it at once does");
        assertArrayEquals(Files.readAllBytes(dir.resolve("at-once/not_costed.csv")),
                Files.readAllBytes(dir.resolve("elsewhere.csv")));
    }

    @Test
    void theWorkbookBegunBeforeThePlanIsTheOneWrittenAtOnceWhicheverLabelAndLastYearWereExpected(@TempDir Path dir)
            throws Exception {
        Reports.write(run, dir.resolve("at-once"), OPTIONS);
        int last = run.plan().budget().lastYear();
        Map<String, CostedRun> expected = new TreeMap<>();
        expected.put("as-planned", costed);
        expected.put("not-known", new CostedRun(run.territory(), run.inventory(), run.sampleSectors(),
                run.evaluation(), run.costs()));
        expected.put("another-year", new CostedRun(run.territory(), run.inventory(), run.sampleSectors(),
                run.evaluation(), run.costs(), run.territoryLabel(), last + 1));
        expected.put("another-label", new CostedRun(run.territory(), run.inventory(), run.sampleSectors(),
                run.evaluation(), run.costs(), "another territory", last));
        expected.put("no-label", new CostedRun(run.territory(), run.inventory(), run.sampleSectors(),
                run.evaluation(), run.costs(), null, last));
        for (Map.Entry<String, CostedRun> e : expected.entrySet()) {
            Reports.start(e.getValue(), dir.resolve(e.getKey()), OPTIONS).finish(run);
            assertSameFiles(dir.resolve("at-once"), dir.resolve(e.getKey()));
        }
    }

    @Test
    void abandonedAfterALaterStepFailedTheReportsLeaveTheFolderAsItWas(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deficits.csv"), "an older run's file");
        Reports.Started started = Reports.start(costed, dir, OPTIONS);
        awaitHiddenFiles(dir, Reports.FIRST_STAGE.size());
        started.abandon();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("deficits.csv")), files.toList());
        }
        assertEquals("an older run's file", Files.readString(dir.resolve("deficits.csv")));
        assertThrows(IllegalStateException.class, () -> started.finish(run));
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAsWhenWrittenAtOnce(@TempDir Path dir) throws Exception {
        for (String blocked : List.of("deficits.geojson", "report.json")) {
            Map<String, String> messages = new TreeMap<>();
            for (String way : List.of("at-once", "two-stages")) {
                Path out = dir.resolve(blocked).resolve(way);
                Files.createDirectories(out.resolve(blocked).resolve("in the way"));
                UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
                    if (way.equals("at-once")) {
                        Reports.write(run, out, OPTIONS);
                    } else {
                        Reports.start(costed, out, OPTIONS).finish(run);
                    }
                });
                messages.put(way, e.getMessage().replace(out.toString(), "OUT"));
                try (Stream<Path> files = Files.list(out)) {
                    assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), blocked);
                }
            }
            assertEquals(messages.get("at-once"), messages.get("two-stages"), blocked);
            assertTrue(messages.get("at-once").contains(blocked), messages.toString());
        }
    }

    @Test
    void theReportsFinishOnlyTheRunTheyStarted(@TempDir Path dir) {
        Reports.Started started = Reports.start(costed, dir, OPTIONS);
        RunResult other = new RunResult(run.territoryLabel(), run.territory(), run.inventoryLabel(), run.inventory(),
                List.of(), run.engine(), run.unitCosts(), run.evaluation(), new CostCalculator(run.unitCosts(),
                CostPolicy.DEFAULTS).cost(run.territory(), Gaps.of(run.evaluation())), run.plan(), run.inputs(),
                run.parameters());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> started.finish(other));
        assertTrue(e.getMessage().contains("costs"), e.getMessage());
        started.abandon();
    }

    private static void awaitHiddenFiles(Path dir, int count) throws Exception {
        for (int tries = 0; tries < 6_000; tries++) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.filter(f -> f.getFileName().toString().endsWith(".partial")).count() == count) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the first stage did not write its " + count + " files");
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        try (Stream<Path> a = Files.list(actual)) {
            assertEquals(Reports.FILES.stream().sorted().toList(), a.map(f -> f.getFileName().toString()).sorted()
                    .toList(), "no hidden file is left");
        }
        for (String f : Reports.FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }
}
