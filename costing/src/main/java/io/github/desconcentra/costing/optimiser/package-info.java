/**
 * An optimising planner beside costing's greedy one ({@link io.github.desconcentra.costing.optimiser.OptimisingPlanner}):
 * it chooses and schedules projects to serve the most people under the yearly and sector ceilings and the build
 * years, with Timefold Solver, starting from the greedy plan and never serving fewer people than it. Timefold is an
 * optional dependency of {@code costing}: embedders who do not use this package never carry the solver.
 */
package io.github.desconcentra.costing.optimiser;
