/**
 * Reading and writing territories: a folder of CSV files (TerritoryCsv) or one JSON document (TerritoryJson), and
 * parish polygons as GeoJSON (BoundariesGeoJson). Readers collect every problem of every file, each naming file, line
 * (or JSON pointer), column and value; writers sort by code so the same data gives the same bytes.
 */
package io.github.desconcentra.territory.io;
