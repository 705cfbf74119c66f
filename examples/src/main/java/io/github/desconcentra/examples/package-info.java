/**
 * Runnable stories that show the API: load a territory, evaluate one sector on one district, cost a deficit, build a
 * plan, plug in one's own inventory. The command line lives in {@code .cli}, the reports in {@code .report}.
 */
package io.github.desconcentra.examples;
