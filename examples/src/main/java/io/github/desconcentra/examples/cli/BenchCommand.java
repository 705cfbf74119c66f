package io.github.desconcentra.examples.cli;

import io.github.desconcentra.examples.bench.Bench;
import io.github.desconcentra.examples.bench.WhatIfBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra bench}: the rule engine against the hand-written baselines on k × Ecuador. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the rule engine against a fast plain-Java baseline of the same standards (and a"
                + " straightforward one) on a synthetic territory of K x Ecuador (about 1,222 x K circuits, 20"
                + " establishments per circuit); both baselines' lines are first checked against the engine's. The"
                + " last line is machine-readable: bench scale=K engine_ms=... baseline_ms=... ratio=... plain_ms=..."
                + " heap_mb=... load_ms=... With --what-if instead: what-ifs and Monte Carlo draws on the Ecuador"
                + " reference (last line: whatif cold_ms=... parameter_ratio=... record_ratio=... year_ratio=..."
                + " draws_per_s_all=...).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "K", description = "1 to 150 (required unless --what-if).")
    int scale;

    @Option(names = "--what-if", description = "Measure what-if re-evaluation and Monte Carlo draws on the Ecuador"
            + " reference instead (threads: those of the draws).")
    boolean whatIf;

    @Option(names = "--draws", defaultValue = "200", paramLabel = "N", converter = OptionConverters.NonNegative.class,
            description = "With --what-if: measured Monte Carlo draws of each kind (default ${DEFAULT-VALUE}; at most"
                    + " 100000).")
    long draws;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Engine threads (default ${DEFAULT-VALUE}); the baseline uses one.")
    int threads;

    @Option(names = "--warmups", defaultValue = "2", paramLabel = "N", description = "Warm-up runs (default 2).")
    int warmups;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Measured runs (default 5).")
    int runs;

    @Option(names = "--per-parameter", description = "With --what-if: also measure the parameter what-if of each"
            + " ranged parameter (warm-up and measured rounds of them all in turn) and print one line per parameter"
            + " and the median of the parameters.")
    boolean perParameter;

    @Option(names = "--straightforward", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also cross-check and time the straightforward baseline (hash maps; slow at large scales;"
                    + " --no-straightforward skips it).")
    boolean straightforward;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (whatIf) {
            if (threads < 1 || runs < 1 || warmups < 0 || draws < 1 || draws > 100_000) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--threads and --runs must be at least 1, --draws 1-100000, --warmups at least 0");
            }
            WhatIfBench.run(threads, warmups, runs, (int) draws, perParameter, spec.commandLine().getOut());
            return 0;
        }
        if (scale < 1 || scale > 150 || threads < 1 || runs < 1 || warmups < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--scale must be 1-150, --threads and --runs at least 1, --warmups at least 0");
        }
        Bench.run(scale, threads, warmups, runs, straightforward, spec.commandLine().getOut());
        return 0;
    }
}
