package io.github.desconcentra.examples;

import io.github.desconcentra.examples.report.RunResult;

/** The run of {@link WriteAReportExample}, for the tests of other packages. */
public final class SigchosRun {
    private SigchosRun() {
    }

    /** Sigchos evaluated for police and fire, costed and planned ({@link WriteAReportExample#sigchosRun}). */
    public static RunResult make() {
        return WriteAReportExample.sigchosRun();
    }
}
