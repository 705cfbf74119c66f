package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.CostingCsv;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimisedPlanCliTest {
    private static final String[] COMMON = {"plan", "--sectors", "fire,police,rehabilitation", "--first-year",
        "2027", "--last-year", "2031", "--budget-per-year", "150000000"};

    private static String[] args(Path out, String... more) {
        String[] a = new String[COMMON.length + more.length + 2];
        System.arraycopy(COMMON, 0, a, 0, COMMON.length);
        System.arraycopy(more, 0, a, COMMON.length, more.length);
        a[a.length - 2] = "--out";
        a[a.length - 1] = out.toString();
        return a;
    }

    @Test
    void theOptimiserServesAtLeastAsManyPeopleAsTheGreedyPlanTheSameEveryTimeAndCompareSaysByHowMuch(
            @TempDir Path dir) throws Exception {
        CliRunner greedy = CliRunner.run(args(dir.resolve("greedy")));
        assertEquals(0, greedy.exitCode(), greedy.err());
        CliRunner optimised = CliRunner.run(args(dir.resolve("optimised"), "--planner", "optimised",
                "--optimiser-moves", "30000"));
        assertEquals(0, optimised.exitCode(), optimised.err());
        assertTrue(optimised.out().contains("optimised plan: funded"), optimised.out());
        CliRunner again = CliRunner.run(args(dir.resolve("again"), "--planner", "optimised", "--optimiser-moves",
                "30000", "--threads", "2"));
        assertEquals(0, again.exitCode(), again.err());
        for (String f : new String[] {"plan.csv", "unfunded.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("optimised").resolve(f)),
                    Files.readAllBytes(dir.resolve("again").resolve(f)), f);
        }
        long servedGreedy = CostingCsv.readPlan(dir.resolve("greedy")).getValue().peopleServed();
        long servedOptimised = CostingCsv.readPlan(dir.resolve("optimised")).getValue().peopleServed();
        assertTrue(servedOptimised >= servedGreedy, servedOptimised + " < " + servedGreedy);

        CliRunner compare = CliRunner.run("compare", dir.resolve("greedy").toString(),
                dir.resolve("optimised").toString());
        assertEquals(0, compare.exitCode(), compare.err());
        assertTrue(compare.out().startsWith("Plans: A = greedy plan 2027-2031, B = optimised plan 2027-2031"),
                compare.out());
        Matcher m = Pattern.compile("people served by the last year +([\\d,]+) +([\\d,]+) +([+-][\\d,]+)")
                .matcher(compare.out());
        assertTrue(m.find(), compare.out());
        assertEquals(servedGreedy, Long.parseLong(m.group(1).replace(",", "")));
        assertEquals(servedOptimised - servedGreedy, Long.parseLong(m.group(3).replace(",", "")));
        assertTrue(compare.out().contains("district spread (Gini)"), compare.out());
        assertTrue(compare.out().contains("cost differences"), compare.out());
        assertTrue(new BigDecimal(compare.out().lines().filter(l -> l.startsWith("district spread")).findFirst()
                .orElseThrow().trim().split(" +")[3]).signum() >= 0);
    }
}
