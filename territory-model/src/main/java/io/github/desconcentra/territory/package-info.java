/**
 * The territorial model: one record per code (ProvinceCode … CircuitCode), the units of the
 * political-administrative division (Province, Canton, Parish) and of the planning levels (Zone, District,
 * Circuit), their Demographics, and Territory, an immutable index of both hierarchies and their crosswalk.
 * TerritoryValidator reports every broken invariant of raw TerritoryData at once; InputException is the one
 * error type for bad input, carrying every Problem with its location.
 */
package io.github.desconcentra.territory;
