/**
 * An optimising planner beside costing's greedy one ({@link io.github.desconcentra.optimiser.OptimisingPlanner}):
 * it chooses and schedules projects to serve the most people under the yearly and sector ceilings and the build
 * years, with Timefold Solver, starting from the greedy plan and never serving fewer people than it. A module of its
 * own so that embedders of {@code costing} never carry the solver.
 */
package io.github.desconcentra.optimiser;
