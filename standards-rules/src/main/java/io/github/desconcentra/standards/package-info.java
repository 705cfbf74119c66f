/**
 * Sectors, typologies, inventories of current supply and the sector standards: StandardsEngine fires the
 * precompiled Drools rules in small sessions and turns requirements and aggregated supply into DeficitLines with roll-ups.
 */
package io.github.desconcentra.standards;
