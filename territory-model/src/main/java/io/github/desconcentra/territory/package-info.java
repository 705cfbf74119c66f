/**
 * The territorial model: one record per code (ProvinceCode … CircuitCode), the units of the
 * political-administrative division (Province, Canton, Parish) and of the planning levels (Zone, District,
 * Circuit), their Demographics — formed from each parish's census AgeStructure (groups that cut a five-year group
 * interpolated), from user figures (DemographicOverride) or from AgeShares, as AgeBasis says — and Territory, an
 * immutable index of both hierarchies and their crosswalk. Boundaries, built from ParishPolygons, gives the Outline of
 * any unit (dissolved with JTS), a MapArea layer per level and the Location of a point. TerritoryValidator reports
 * every broken invariant of raw TerritoryData at once; InputException is the one error type for bad input, carrying
 * every Problem with its location.
 */
package io.github.desconcentra.territory;
