package io.github.desconcentra.standards;

import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the establishments of an inventory come from, how far they can be trusted, and what they cover. Every
 * establishment names its source ({@link Establishment#source()}); an evaluation counts supply as assessed only over
 * the units, typologies and measures a source's {@link Coverage coverage} declares: a unit where no source declares
 * coverage has unknown supply, never zero.
 *
 * @param id short identifier, e.g. {@code mineduc-amie-2023}; letters, digits and {@code . _ - : /}; never blank
 * @param title what it is, never blank
 * @param publisher who published the data, never blank
 * @param vintage the year or date the records describe, e.g. {@code 2023 (enrolment 2021-22)}; never blank
 * @param status how its records are known; {@link Provenance.Status#SAMPLE} for the generated demo
 * @param officialIds true when its records carry the publisher's unique codes (AMIE, unicódigo): two of its records
 *     are two establishments even at one point, so they are never taken for duplicates of each other
 * @param coverage what it inventories, where, and whether completely; copied; may be empty (then it covers nothing:
 *     its establishments count, but every line they feed is at most partly assessed)
 * @param note how it was read and what it leaves out, may be empty, never null
 */
public record InventorySource(String id, String title, String publisher, String vintage, Provenance.Status status,
                              boolean officialIds, List<Coverage> coverage, String note) {
    /** The pattern of a source id. */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:/-]+");

    /** @throws IllegalArgumentException naming the value when a field is invalid */
    public InventorySource {
        Preconditions.requireText(id, "id", "inventory source");
        Preconditions.check(ID.matcher(id).matches(), "inventory source id must be letters, digits and . _ - : /"
                + " only: \"%s\"", id);
        Preconditions.requireText(title, "title", "inventory source " + id);
        Preconditions.requireText(publisher, "publisher", "inventory source " + id);
        Preconditions.requireText(vintage, "vintage", "inventory source " + id);
        Preconditions.requireNonNull(status, "status of inventory source " + id);
        coverage = List.copyOf(Preconditions.requireNonNull(coverage, "coverage of inventory source " + id));
        note = note == null ? "" : note;
    }

    /** A source whose records carry no official unique codes. */
    public InventorySource(String id, String title, String publisher, String vintage, Provenance.Status status,
                           List<Coverage> coverage, String note) {
        this(id, title, publisher, vintage, status, false, coverage, note);
    }

    /** The id and vintage, as lines and reports cite a source: {@code mineduc-amie-2023 (2023)}. */
    public String citation() {
        return id + " (" + vintage + ")";
    }

    /** The sectors this source declares some coverage of. */
    public Set<Sector> sectors() {
        Set<Sector> s = EnumSet.noneOf(Sector.class);
        coverage.forEach(c -> s.add(c.sector()));
        return s;
    }

    /** A copy that keeps only the coverage of these sectors. */
    public InventorySource restrictedTo(Set<Sector> sectors) {
        return new InventorySource(id, title, publisher, vintage, status, officialIds, coverage.stream()
                .filter(c -> sectors.contains(c.sector())).toList(), note);
    }

    /** A copy with one more coverage declaration. */
    public InventorySource with(Coverage more) {
        List<Coverage> all = new ArrayList<>(coverage);
        all.add(more);
        return new InventorySource(id, title, publisher, vintage, status, officialIds, all, note);
    }

    /**
     * What a source inventories: some typologies of one sector, some of their measures, over some units, completely
     * or not. "Complete" means: where the source lists no establishment of these typologies in these units, there is
     * none, and the measures it gives are the establishments' own. A registry without capacity declares
     * {@link Measure#ESTABLISHMENTS} only, so places or staff lines stay not assessed rather than counting a nominal
     * capacity.
     *
     * @param sector never null
     * @param typologies the typology codes covered; empty means every typology of the sector; copied, sorted
     * @param measures the measures covered, never empty; copied
     * @param over the units covered (nation, zones, districts, circuits, provinces, cantons or parishes); never empty;
     *     copied, sorted
     * @param complete false when the source lists only part of the establishments (the supply it gives is a lower
     *     bound there)
     * @param basis why this coverage is declared, never blank
     */
    public record Coverage(Sector sector, Set<String> typologies, Set<Measure> measures, Set<UnitCode> over,
                           boolean complete, String basis) {
        /** @throws IllegalArgumentException naming the value when a field is invalid */
        public Coverage {
            Preconditions.requireNonNull(sector, "sector of a coverage");
            typologies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(
                    Preconditions.requireNonNull(typologies, "typologies of a coverage")));
            Preconditions.check(measures != null && !measures.isEmpty(), "a coverage of %s covers no measure",
                    sector.id());
            measures = java.util.Collections.unmodifiableSet(EnumSet.copyOf(measures));
            Preconditions.check(over != null && !over.isEmpty(), "a coverage of %s covers no unit", sector.id());
            over = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(over));
            Preconditions.requireText(basis, "basis", "coverage of " + sector.id());
        }

        /** Complete coverage of every typology and measure of a sector over the whole nation. */
        public static Coverage wholeSector(Sector sector, String basis) {
            return new Coverage(sector, Set.of(), EnumSet.allOf(Measure.class), Set.of(NationCode.of("EC")), true,
                    basis);
        }

        /** True when this coverage includes the typology (of its sector) and the measure. */
        public boolean covers(Sector s, String typology, Measure measure) {
            return s == sector && (typologies.isEmpty() || typologies.contains(typology))
                    && measures.contains(measure);
        }
    }
}
