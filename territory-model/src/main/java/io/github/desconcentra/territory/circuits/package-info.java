/**
 * CircuitBuilder derives circuits inside a district from its parishes after SENPLADES' criteria (parish
 * boundaries kept, small neighbouring parishes joined, large parishes split into estimated shares), for
 * countries whose official circuit table is not at hand.
 */
package io.github.desconcentra.territory.circuits;
