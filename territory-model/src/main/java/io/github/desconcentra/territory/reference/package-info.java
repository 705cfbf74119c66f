/**
 * The embedded Ecuador 2022 reference territory (ReferenceTerritory) and the builder that derives it from the
 * curated public inputs (ReferenceDatasetBuilder).
 */
package io.github.desconcentra.territory.reference;
