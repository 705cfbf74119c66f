package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryGenerators;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.conf.EqualityBehaviorOption;

/**
 * The embedded standards fire in identity mode (a session keeps each fact as itself) because none of their rules
 * relies on equal facts being merged: the same rules in equality mode, as standards compiled from a folder run, give
 * the same requirements in the same order, on the reference territory, on its projections and on generated ones.
 */
class EmbeddedIdentityTest {
    private static final StandardsEngine IDENTITY = StandardsEngine.embedded();
    private static final StandardsEngine EQUALITY = new StandardsEngine(
            StandardsEngine.precompiledKieBase(EqualityBehaviorOption.EQUALITY), StandardsEngine.embeddedCatalogue());

    @Test
    void theEmbeddedRuleBaseKeepsFactsByIdentity() {
        assertEquals(EqualityBehaviorOption.IDENTITY, ((org.drools.core.impl.InternalRuleBase) IDENTITY.kieBase())
                .getRuleBaseConfiguration().getOption(EqualityBehaviorOption.KEY));
        assertEquals(EqualityBehaviorOption.EQUALITY, ((org.drools.core.impl.InternalRuleBase) EQUALITY.kieBase())
                .getRuleBaseConfiguration().getOption(EqualityBehaviorOption.KEY));
    }

    @Test
    void theReferenceTerritoryNeedsTheSameInBothModesAtTheCensusAndProjectedYears() {
        Territory census = ReferenceTerritory.territory();
        for (Territory t : List.of(census, census.projectedTo(2030), census.projectedTo(2035))) {
            List<Requirement> identity = IDENTITY.requirements(t, EvaluationOptions.DEFAULTS,
                    EnumSet.allOf(Sector.class));
            assertTrue(identity.size() > 10_000, "requirements of " + t.year() + ": " + identity.size());
            assertEquals(EQUALITY.requirements(t, EvaluationOptions.DEFAULTS, EnumSet.allOf(Sector.class)), identity,
                    "requirements of " + t.year());
        }
    }

    @Test
    void generatedTerritoriesNeedTheSameInBothModes() {
        qt().withExamples(40).forAll(StandardsProperties.cases()).checkAssert(c -> {
            for (Territory t : List.of(c.territory(), c.territory().projectedTo(TerritoryGenerators.PROJECTION_YEAR))) {
                assertEquals(EQUALITY.requirements(t, EvaluationOptions.DEFAULTS, EnumSet.allOf(Sector.class)),
                        IDENTITY.requirements(t, EvaluationOptions.DEFAULTS, EnumSet.allOf(Sector.class)));
            }
        });
    }
}
