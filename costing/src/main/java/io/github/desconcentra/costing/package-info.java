/**
 * Money, unit costs with provenance and price year, the cost of closing a gap (CostCalculator), multi-year plans
 * under yearly ceilings (Planner) and scenario comparison. No rule engine: gaps come in as plain Gap records.
 */
package io.github.desconcentra.costing;
