package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** What the embedded rules read, as the parameter what-if takes it from the compiled rule base. */
class RuleDependenciesTest {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final RuleDependencies GRAPH = ENGINE.dependencies();
    private static final Set<String> ALL_RULES = new HashSet<>();

    static {
        ENGINE.rules().forEach(r -> ALL_RULES.add(r.name()));
    }

    private static Parameter parameter(String standard, String name) {
        return ENGINE.catalogue().parameters().stream().filter(p -> p.standard().equals(standard)
                && p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> affected(String standard, String name) {
        return new TreeSet<>(GRAPH.affected(List.of(parameter(standard, name)), ALL_RULES).orElseThrow());
    }

    private static Set<String> rulesOf(String... standards) {
        Set<String> out = new TreeSet<>();
        for (RuleInfo r : ENGINE.rules()) {
            if (Set.of(standards).contains(r.standard())) {
                out.add(r.name());
            }
        }
        return out;
    }

    @Test
    void aParameterReadByTwoRulesMovesThoseTwoAlone() {
        assertEquals(Set.of("A circuit smaller than a police subcircuit needs one community police unit type B",
                "A circuit of at least a police subcircuit needs a community police unit type A per subcircuit"),
                affected("POL-UPC", "people_per_unit"));
        // A rule reading two parameters moves with either.
        assertEquals(Set.of("A district needs four police per 1,000 people"), affected("POL-DENSITY", "police"));
        assertEquals(affected("POL-DENSITY", "police"), affected("POL-DENSITY", "per_population"));
    }

    @Test
    void aParameterOfARuleWhoseRequirementsAnotherReadsMovesBoth() {
        // The three seat rules read the shares; the teachers' rule reads the seats they require.
        Set<String> seatsAndTeachers = rulesOf("EDU-SEATS", "EDU-TEACHERS");
        assertEquals(4, seatsAndTeachers.size());
        assertEquals(seatsAndTeachers, affected("EDU-SEATS", "basic_share"));
        // The teachers' rule alone reads the ratio, and fires again with the seat rules whose requirements it reads.
        assertEquals(seatsAndTeachers, affected("EDU-TEACHERS", "students_per_teacher"));
        // The directorates are not touched by either.
        assertTrue(rulesOf("EDU-DET").stream().noneMatch(affected("EDU-SEATS", "basic_share")::contains));
    }

    @Test
    void everyRangedParameterMovesSomeRulesOfItsSectorButNotAll() {
        for (Parameter p : ENGINE.catalogue().parameters()) {
            if (p.range() == null) {
                continue;
            }
            Set<String> moved = affected(p.standard(), p.name());
            assertTrue(!moved.isEmpty(), p.standard() + "/" + p.name() + " moves no rule");
            Sector sector = ENGINE.sectorOfRule(moved.iterator().next());
            long ofSector = ENGINE.rules().stream().filter(r -> r.sector() == sector).count();
            assertTrue(moved.size() < ofSector, p.standard() + "/" + p.name() + " moves all of " + sector);
        }
    }

    /**
     * Checked against what the rules do: every rule firing on Ecuador with a parameter in its match is moved by that
     * parameter, and a rule whose match holds another rule's requirement moves whenever that rule does (and the
     * other way round, as the what-if fires both).
     */
    @Test
    void everyParameterAndRequirementARuleMatchesOnEcuadorIsOneItIsTakenToRead() {
        Territory ecuador = ReferenceTerritory.territory();
        Map<String, Set<Parameter>> read = new TreeMap<>();
        Map<String, Set<String>> consumed = new TreeMap<>();
        KieSession session = ENGINE.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String rule = event.getMatch().getRule().getName();
                    for (Object o : event.getMatch().getObjects()) {
                        if (o instanceof Parameter p) {
                            read.computeIfAbsent(rule, k -> new HashSet<>()).add(p);
                        } else if (o instanceof Requirement r) {
                            consumed.computeIfAbsent(rule, k -> new HashSet<>()).add(r.rule());
                        }
                    }
                }
            });
            ENGINE.catalogue().parameters().forEach(session::insert);
            List<UnitCode> units = new ArrayList<>();
            units.add(ecuador.nation().code());
            ecuador.zones().forEach(z -> {
                units.add(z.code());
                for (UnitCode d : ecuador.children(z.code())) {
                    units.add(d);
                    units.addAll(ecuador.children(d));
                }
            });
            units.forEach(u -> session.insert(UnitFact.of(u, ecuador.unit(u).name(), ecuador.demographics(u))));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertTrue(read.size() > ALL_RULES.size() / 2, "rules fired on Ecuador: " + read.keySet());
        read.forEach((rule, parameters) -> parameters.forEach(p -> assertTrue(affected(p.standard(), p.name())
                .contains(rule), rule + " reads " + p.standard() + "/" + p.name())));
        assertEquals(rulesOf("EDU-SEATS"), consumed.get("School seats need one teacher per 35 students"));
        consumed.forEach((rule, upstream) -> upstream.forEach(up -> {
            for (Parameter p : ENGINE.catalogue().parameters()) {
                Set<String> moved = affected(p.standard(), p.name());
                assertEquals(moved.contains(up), moved.contains(rule), rule + " reads what " + up + " requires, "
                        + p.standard() + "/" + p.name());
            }
        }));
    }
}
