/**
 * Internal helpers (CSV and JSON cell parsing, apportionment, preconditions). Not part of the public API; may
 * change without notice.
 */
package io.github.desconcentra.territory.internal;
