package io.github.desconcentra.examples;

import io.github.desconcentra.examples.report.CostedRun;
import io.github.desconcentra.examples.report.ReportOptions;
import io.github.desconcentra.examples.report.Reports;
import io.github.desconcentra.examples.report.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A process for {@link ReportsExitTest}: starts Sigchos's reports in the folder it is given, says "started" once the
 * first stage's hidden files are all there, and waits to be ended, neither finishing nor abandoning them.
 */
public final class ReportsExitProbe {
    private ReportsExitProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        RunResult run = WriteAReportExample.sigchosRun();
        Reports.start(new CostedRun(run.territory(), run.inventory(), run.sampleSectors(), run.evaluation(),
                run.costs(), run.territoryLabel(), run.plan().budget().lastYear()), out, ReportOptions.defaults());
        while (hidden(out) < Reports.FIRST_STAGE.size() + 1) {
            Thread.sleep(10);
        }
        System.out.println("started " + hidden(out));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The first stage's hidden files and the workbook's temporary file in a folder. */
    static long hidden(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".desconcentra-") && n.endsWith(".partial") || n.startsWith(".report-"))
                    .count();
        }
    }
}
