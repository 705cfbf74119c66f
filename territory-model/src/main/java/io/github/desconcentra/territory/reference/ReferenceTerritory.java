package io.github.desconcentra.territory.reference;

import io.github.desconcentra.territory.ParishPolygons;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritorySource;

/**
 * The embedded "Ecuador 2022 reference" territory: INEC Census 2022 parish populations on the DPA 2025 parishes,
 * the 140 SENPLADES districts in 9 zones, the official 1,134 SENPLADES circuits (2012 table, carried to DPA 2025 by
 * a documented crosswalk; the seven circuits {@code 000C01}–{@code 000C07} of the former non-delimited zones
 * attached to the districts that hold their parishes today), the 268 INEC urban parishes of the canton seats with
 * the circuits each may lie in, INEC canton projections 2010–2035, the INEC 2022 age structure of every parish with
 * people, and the CONALI 2024 parish polygons (read lazily, on the first call of {@link Territory#boundaries()}). A
 * parish split among circuits (a city seat or a large rural parish) is shared in proportion to the circuit table's
 * own 2001/2010 populations: those circuit populations are estimates. See {@code docs/DATA.md} for sources,
 * estimates and known gaps.
 */
public final class ReferenceTerritory {
    /** The name of the dataset. */
    public static final String NAME = "Ecuador 2022 reference";

    /** The classpath folder holding the dataset in the territory-folder format of {@link TerritoryCsv}. */
    public static final String RESOURCE_FOLDER = "io/github/desconcentra/territory/reference/ecuador-2022";

    private ReferenceTerritory() {
    }

    /** A source reading the embedded folder. */
    public static TerritorySource source() {
        return TerritorySource.classpath(RESOURCE_FOLDER, ReferenceTerritory.class.getClassLoader());
    }

    /** The raw data of the embedded dataset. */
    public static TerritoryData data() {
        return Holder.DATA;
    }

    /** The embedded territory at its census year (2022); loaded once, shared (territories are immutable). */
    public static Territory territory() {
        return Holder.TERRITORY;
    }

    private static final class Holder {
        // The polygons are read on first use of Territory.boundaries(): most runs never draw or locate.
        static final TerritoryData DATA = TerritoryCsv.read(source(), false)
                .withBoundaries(ParishPolygons.lazy(() -> TerritoryCsv.readBoundaries(source())));
        static final Territory TERRITORY = Territory.of(DATA);
    }
}
