package io.github.desconcentra.costing;

import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.TreeSet;

/** Small projects and budgets for planner tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Money usd(String amount) {
        return Money.parse(amount, Money.USD);
    }

    static Project project(String id, String sector, String capex, String opex, int build, String score,
                           Integer... neededIn) {
        return project(id, DistrictCode.of("17D01"), sector, capex, opex, build, score, 100, neededIn);
    }

    static Project project(String id, UnitCode unit, String sector, String capex, String opex, int build, String score,
                           long served, Integer... neededIn) {
        TreeSet<Integer> years = new TreeSet<>(Arrays.asList(neededIn));
        Priority p = new Priority(new BigDecimal(score), years.first(), 1, 1, 0, BigDecimal.ONE, served, served,
                BigDecimal.ONE);
        return new Project(id, unit, sector, "X", Action.BUILD, 1, 0, usd(capex), usd(opex), build, years, served, p,
                "rule");
    }

    static Integer[] years(int first, int last) {
        Integer[] ys = new Integer[last - first + 1];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = first + i;
        }
        return ys;
    }

    static Projects projects(int first, int last, Project... ps) {
        java.util.List<Project> ranked = new java.util.ArrayList<>(Arrays.asList(ps));
        ranked.sort(Projects.PRIORITY);
        java.util.Map<Integer, String> demand = new java.util.TreeMap<>();
        for (int y = first; y <= last; y++) {
            demand.put(y, "test");
        }
        return new Projects(first, last, demand, ranked, java.util.List.of());
    }
}
