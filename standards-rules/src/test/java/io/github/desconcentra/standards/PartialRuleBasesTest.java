package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.definition.KiePackage;

/** Rule bases of a parameter's rules alone give what those rules give in the whole rule base. */
class PartialRuleBasesTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    /** The same rules and catalogue, every what-if fired in the whole rule base. */
    private static final StandardsEngine WHOLE = new StandardsEngine(StandardsEngine.precompiledKieBase(),
            StandardsEngine.embeddedCatalogue());
    private static final EvaluationOptions ALL = EvaluationOptions.DEFAULTS.withThreads(2);

    private static Set<String> allRules() {
        Set<String> all = new HashSet<>();
        ENGINE.rules().forEach(r -> all.add(r.name()));
        return all;
    }

    private static Set<String> rulesIn(KieBase base) {
        Set<String> names = new TreeSet<>();
        for (KiePackage p : base.getKiePackages()) {
            p.getRules().forEach(r -> names.add(r.getName()));
        }
        return names;
    }

    @Test
    void everyRangedParameterAtItsHighFiresTheSameRequirementsInTheRulesAloneAsInTheWholeRuleBase() {
        RuleDependencies graph = ENGINE.dependencies();
        int partial = 0;
        for (Parameter p : ENGINE.catalogue().parameters()) {
            if (p.range() == null) {
                continue;
            }
            Parameter high = new Parameter(p.standard(), p.name(), p.range().high(), p.unit(), p.provenance(),
                    p.range());
            Set<String> rules = graph.affected(List.of(high), allRules()).orElseThrow();
            StandardsEngine moved = ENGINE.withParameters(List.of(high));
            List<Parameter> read = graph.read(rules, moved.catalogue().parameters(ALL.sectors()));
            List<Requirement> alone = List.of();
            for (int i = 0; i < PartialRuleBases.MADE_FROM; i++) {
                alone = moved.requirementsOfRules(ECUADOR, ALL, rules, read);
            }
            List<Requirement> whole = WHOLE.withParameters(List.of(high)).requirementsOfRules(ECUADOR, ALL, rules,
                    read);
            assertEquals(whole, alone, p.standard() + "/" + p.name());
            assertTrue(!alone.isEmpty(), p.standard() + "/" + p.name() + " fires nothing");
            partial += rules.size() * 100 <= allRules().size() * PartialRuleBases.MOST_RULES ? 1 : 0;
        }
        assertTrue(partial > 10, "only " + partial + " parameters' rules were few enough for a rule base of their own");
        assertTrue(ENGINE.partialRuleBases().kept() > 10, "rule bases made: " + ENGINE.partialRuleBases().kept());
    }

    @Test
    void aPartialRuleBaseHoldsTheRulesAskedForAloneAndIsMadeOnce() {
        PartialRuleBases bases = new PartialRuleBases(StandardsEngine.modelClasses(), EqualityBehaviorOption.IDENTITY,
                allRules().size());
        Set<String> police = new TreeSet<>();
        ENGINE.rules().stream().filter(r -> r.sector() == Sector.POLICE).forEach(r -> police.add(r.name()));
        for (int i = 1; i < PartialRuleBases.MADE_FROM; i++) {
            assertTrue(bases.of(police).isEmpty(), "made at request " + i);
        }
        KieBase base = bases.of(police).orElseThrow();
        assertEquals(police, rulesIn(base));
        assertSame(base, bases.of(new HashSet<>(police)).orElseThrow());
        assertEquals(1, bases.kept());
    }

    @Test
    void mostOfTheRulesOrNoneMakeNoRuleBaseOfTheirOwn() {
        PartialRuleBases bases = new PartialRuleBases(StandardsEngine.modelClasses(), EqualityBehaviorOption.IDENTITY,
                allRules().size());
        assertTrue(bases.of(allRules()).isEmpty());
        assertTrue(bases.of(Set.of()).isEmpty());
        assertEquals(0, bases.kept());
    }
}
