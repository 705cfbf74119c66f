/**
 * The reports of a run: summary.txt, report.json, deficits.geojson and the self-contained report.html.
 */
package io.github.desconcentra.examples.report;
