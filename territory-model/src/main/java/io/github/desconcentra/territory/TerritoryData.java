package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;

/**
 * The raw content of a territory as read from files or built in code: plain lists that may still break the
 * hierarchy's rules. {@link TerritoryValidator} reports every violation; {@link Territory#of(TerritoryData)} turns
 * valid data into the indexed, immutable {@link Territory}.
 *
 * @param nation never null
 * @param censusYear the year of the parish populations
 * @param provinces never null; copied
 * @param cantons never null; copied
 * @param parishes never null; copied
 * @param zones never null; copied
 * @param districts never null; copied
 * @param circuits never null; copied
 * @param overrides user-supplied target groups per parish or circuit; never null; copied
 * @param ageShares the shares that estimate target groups of parishes without an age structure, never null
 * @param projections canton population series; never null ({@link PopulationProjections#NONE} when absent)
 * @param urbanParishes the urban parishes of canton seats and the circuits each may lie in; never null (empty when
 *     the territory records none); copied
 * @param ageStructures the census age structure of parishes (five-year groups); never null, may be empty; copied
 * @param boundaries parish polygons; never null ({@link ParishPolygons#NONE} when absent)
 */
public record TerritoryData(Nation nation, int censusYear, List<Province> provinces, List<Canton> cantons,
                            List<Parish> parishes, List<Zone> zones, List<District> districts,
                            List<Circuit> circuits, List<DemographicOverride> overrides, AgeShares ageShares,
                            PopulationProjections projections, List<UrbanParish> urbanParishes,
                            List<AgeStructure> ageStructures, ParishPolygons boundaries) {
    /** @throws NullPointerException when a list or value is null */
    public TerritoryData {
        Preconditions.requireNonNull(nation, "nation");
        provinces = List.copyOf(Preconditions.requireNonNull(provinces, "provinces"));
        cantons = List.copyOf(Preconditions.requireNonNull(cantons, "cantons"));
        parishes = List.copyOf(Preconditions.requireNonNull(parishes, "parishes"));
        zones = List.copyOf(Preconditions.requireNonNull(zones, "zones"));
        districts = List.copyOf(Preconditions.requireNonNull(districts, "districts"));
        circuits = List.copyOf(Preconditions.requireNonNull(circuits, "circuits"));
        overrides = List.copyOf(Preconditions.requireNonNull(overrides, "overrides"));
        Preconditions.requireNonNull(ageShares, "age shares");
        Preconditions.requireNonNull(projections, "projections");
        urbanParishes = List.copyOf(Preconditions.requireNonNull(urbanParishes, "urban parishes"));
        ageStructures = List.copyOf(Preconditions.requireNonNull(ageStructures, "age structures"));
        Preconditions.requireNonNull(boundaries, "boundaries");
    }

    /**
     * Data without urban parishes, age structures or polygons: every parish's groups are estimated from
     * {@code ageShares}.
     */
    public TerritoryData(Nation nation, int censusYear, List<Province> provinces, List<Canton> cantons,
                         List<Parish> parishes, List<Zone> zones, List<District> districts, List<Circuit> circuits,
                         List<DemographicOverride> overrides, AgeShares ageShares, PopulationProjections projections) {
        this(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits, overrides, ageShares,
                projections, List.of(), List.of(), ParishPolygons.NONE);
    }

    /** Data with urban parishes but without age structures or polygons. */
    public TerritoryData(Nation nation, int censusYear, List<Province> provinces, List<Canton> cantons,
                         List<Parish> parishes, List<Zone> zones, List<District> districts, List<Circuit> circuits,
                         List<DemographicOverride> overrides, AgeShares ageShares, PopulationProjections projections,
                         List<UrbanParish> urbanParishes) {
        this(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits, overrides, ageShares,
                projections, urbanParishes, List.of(), ParishPolygons.NONE);
    }

    /** Data with age structures and polygons but without urban parishes. */
    public TerritoryData(Nation nation, int censusYear, List<Province> provinces, List<Canton> cantons,
                         List<Parish> parishes, List<Zone> zones, List<District> districts, List<Circuit> circuits,
                         List<DemographicOverride> overrides, AgeShares ageShares, PopulationProjections projections,
                         List<AgeStructure> ageStructures, ParishPolygons boundaries) {
        this(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits, overrides, ageShares,
                projections, List.of(), ageStructures, boundaries);
    }

    /** A copy with other parishes. */
    public TerritoryData withParishes(List<Parish> newParishes) {
        return new TerritoryData(nation, censusYear, provinces, cantons, newParishes, zones, districts, circuits,
                overrides, ageShares, projections, urbanParishes, ageStructures, boundaries);
    }

    /** A copy with other circuits. */
    public TerritoryData withCircuits(List<Circuit> newCircuits) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, districts, newCircuits,
                overrides, ageShares, projections, urbanParishes, ageStructures, boundaries);
    }

    /** A copy with other districts. */
    public TerritoryData withDistricts(List<District> newDistricts) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, newDistricts, circuits,
                overrides, ageShares, projections, urbanParishes, ageStructures, boundaries);
    }

    /** A copy with other urban parishes. */
    public TerritoryData withUrbanParishes(List<UrbanParish> newUrbanParishes) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits,
                overrides, ageShares, projections, newUrbanParishes, ageStructures, boundaries);
    }

    /** A copy with other demographic overrides. */
    public TerritoryData withOverrides(List<DemographicOverride> newOverrides) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits,
                newOverrides, ageShares, projections, urbanParishes, ageStructures, boundaries);
    }

    /** A copy with other parish age structures. */
    public TerritoryData withAgeStructures(List<AgeStructure> newStructures) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits,
                overrides, ageShares, projections, urbanParishes, newStructures, boundaries);
    }

    /** A copy with other parish polygons. */
    public TerritoryData withBoundaries(ParishPolygons newBoundaries) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits,
                overrides, ageShares, projections, urbanParishes, ageStructures, newBoundaries);
    }

    /** A copy with other population projections. */
    public TerritoryData withProjections(PopulationProjections newProjections) {
        return new TerritoryData(nation, censusYear, provinces, cantons, parishes, zones, districts, circuits,
                overrides, ageShares, newProjections, urbanParishes, ageStructures, boundaries);
    }
}
