package io.github.desconcentra.examples.cli;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code desconcentra} command line. Exit codes: 0 success; 1 bad input (every problem printed, the first line
 * naming file and line; an input path that is missing, a folder, a pipe or device, or too large; invalid inventory
 * records without {@code --keep-going}); 2 usage or environment error (a bad option, an output folder that cannot be
 * created or written, a file-system failure while writing), in one line naming the path and what is wrong;
 * 3 internal error. This class is the one place that maps failures to exit codes.
 */
@Command(name = "desconcentra", mixinStandardHelpOptions = true, versionProvider = Desconcentra.Version.class,
        description = "Plan where public services must be, what is missing, and what closing the gap costs.")
public final class Desconcentra implements Runnable {
    /** Exit code for bad input. */
    public static final int INPUT_ERROR = 1;
    /** Exit code for a usage or environment error. */
    public static final int USAGE_ERROR = 2;
    /** Exit code for an unexpected internal error. */
    public static final int INTERNAL_ERROR = 3;
    private static final int MAX_PROBLEMS_SHOWN = 50;

    /**
     * The sub-commands by name, in the order the help lists them. They are registered with picocli per call, only
     * the one the arguments name when they name one: building the model of all of them (their options, mixins and
     * converters, by reflection) cost about 350 ms of a short command's start-up.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("run", RunCommand.class);
        m.put("summary", SummaryCommand.class);
        m.put("evaluate", EvaluateCommand.class);
        m.put("cost", CostCommand.class);
        m.put("plan", PlanCommand.class);
        m.put("compare", CompareCommand.class);
        m.put("sensitivity", SensitivityCommand.class);
        m.put("ideal", IdealCommand.class);
        m.put("import", ImportCommand.class);
        m.put("import-amie", ImportAmieCommand.class);
        m.put("standards", StandardsCommand.class);
        m.put("validate", ValidateCommand.class);
        m.put("test-standards", TestStandardsCommand.class);
        m.put("build-reference", BuildReferenceCommand.class);
        m.put("build-reference-inventory", BuildReferenceInventoryCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Today, for the default plan years; the system clock unless a caller gives another. */
    java.time.Clock clock = java.time.Clock.systemDefaultZone();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // Logging: SLF4J's simple binding, off by default (simplelogger.properties); Apache POI's Log4j API calls
        // reach it through log4j-to-slf4j, so neither SLF4J nor Log4j complains of a missing provider.
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, java.time.Clock.systemDefaultZone());
    }

    /**
     * Runs the command line with the given streams and clock (which sets the default plan years) and returns the
     * exit code.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, java.time.Clock clock) {
        Desconcentra root = new Desconcentra();
        root.clock = clock;
        CommandLine cli = commandLine(root, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("desconcentra: " + ex.getMessage());
            err.println("Try 'desconcentra " + (ex.getCommandLine().getCommandName().equals("desconcentra") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            if (debug) {
                ex.printStackTrace(err);
            }
            if (ex instanceof InputException ie) {
                err.println("desconcentra: error: " + ie.getMessage());
                if (ie.problems().size() > 1) {
                    int shown = 0;
                    for (Problem p : ie.problems()) {
                        if (shown++ == MAX_PROBLEMS_SHOWN) {
                            err.println("  ... " + (ie.problems().size() - MAX_PROBLEMS_SHOWN) + " more");
                            break;
                        }
                        err.println("  " + p);
                    }
                }
                if (ie instanceof Inventories.Rejected r) {
                    err.println("desconcentra: " + r.hint());
                }
                return INPUT_ERROR;
            }
            if (ex instanceof OutputFolder.Unusable) {
                err.println("desconcentra: error: " + ex.getMessage());
                return USAGE_ERROR;
            }
            if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                // Every input path is checked and read through the library (InputException above); what is left
                // is the environment refusing to let us write.
                err.println("desconcentra: error: " + OutputFolder.describe(ex));
                return USAGE_ERROR;
            }
            err.println("desconcentra: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    /**
     * The command line with the sub-commands these arguments need: the one they name (after any root options), none
     * for a bare {@code --version} or no arguments, all of them otherwise (for {@code help}, {@code --help}, an
     * unknown command picocli suggests a name for, an {@code @file} that may name the command).
     */
    static CommandLine commandLine(Desconcentra root, String[] args) {
        CommandLine cli = new CommandLine(root);
        for (String name : subcommandsFor(cli.getCommandSpec(), args)) {
            cli.addSubcommand(name, COMMANDS.get(name));
        }
        return cli;
    }

    private static Collection<String> subcommandsFor(CommandLine.Model.CommandSpec rootSpec, String[] args) {
        boolean help = false;
        for (String a : args) {
            CommandLine.Model.OptionSpec rootOption = a.startsWith("-") ? rootSpec.findOption(a) : null;
            if (rootOption == null) {
                return COMMANDS.containsKey(a) && !a.equals("help") ? List.of(a) : COMMANDS.keySet();
            }
            help |= rootOption.usageHelp();
        }
        return help ? COMMANDS.keySet() : List.of();
    }

    /** The library version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Desconcentra.class.getPackage().getImplementationVersion();
            return new String[] {"desconcentra " + (v == null ? "development" : v)};
        }
    }
}
