/**
 * Money, unit costs with provenance and price year, the cost of closing a gap (CostCalculator), and multi-year plans:
 * the gap of every plan year (GapSeries) becomes projects of one establishment, refurbishment or staffing package
 * each, ranked by the people a standard leaves unserved (Projects); the greedy Planner schedules them under yearly,
 * recurrent and sector ceilings with capex spread over the build years and recurrent cost counted (Commitments); and
 * PlanOutcomes says what a plan achieves. No rule engine: gaps come in as plain Gap records. The optimising planner
 * lives in the separate {@code optimiser} module.
 */
package io.github.desconcentra.costing;
