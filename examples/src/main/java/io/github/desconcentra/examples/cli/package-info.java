/**
 * The desconcentra command line (picocli): summary, build-reference.
 */
package io.github.desconcentra.examples.cli;
