package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Set;

/**
 * One row of a sector's {@code substitutions.csv}: the establishments of a typology stand in for those of other
 * typologies on some measures, because its sources say it serves what they serve (a type-B health centre serves
 * what a type A serves; a Millennium school's seats are seats like any school's). Wherever a requirement of one of
 * those measures counts one of those typologies as supply, this typology counts too; substitution is transitive (a
 * type C stands in for an A when it stands in for a B that stands in for an A). Authors change substitution by
 * editing the file, not Java.
 *
 * @param typology the typology that stands in, never blank
 * @param standsInFor the typologies it stands in for, never empty; copied
 * @param measures the measures on which it does, never empty; copied
 * @param provenance why it may: the source and its status
 */
public record Substitution(String typology, Set<String> standsInFor, Set<Measure> measures, Provenance provenance) {
    /** @throws IllegalArgumentException naming the typology when a set is empty or it stands in for itself */
    public Substitution {
        Preconditions.requireText(typology, "typology", "substitution");
        Preconditions.requireNonNull(standsInFor, "typologies stood in for by " + typology);
        Preconditions.requireNonNull(measures, "measures of the substitution of " + typology);
        standsInFor = Set.copyOf(standsInFor);
        measures = Set.copyOf(measures);
        Preconditions.check(!standsInFor.isEmpty(), "typology %s stands in for no typology", typology);
        Preconditions.check(!measures.isEmpty(), "typology %s stands in on no measure", typology);
        Preconditions.check(!standsInFor.contains(typology), "typology %s cannot stand in for itself", typology);
        Preconditions.requireNonNull(provenance, "provenance of the substitution of " + typology);
    }
}
