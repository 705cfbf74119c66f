package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.authoring.StandardsFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra standards export DIR}: the embedded standards as editable files. */
@Command(name = "standards", mixinStandardHelpOptions = true, description = "Work with standards folders.",
        subcommands = StandardsCommand.Export.class)
final class StandardsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (export)");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the embedded standards as editable files: per sector DIR/<sector>/<sector>.drl,"
                    + " parameters.csv, typologies.csv and tests/*.json. DIR must not exist or be empty, unless"
                    + " --force.")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Option(names = "--force", description = "Write into a folder that is not empty, overwriting the standards"
                + " files it holds (edits to them are lost; other files are left as they are).")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> files = StandardsFolder.export(dir, force);
            spec.commandLine().getOut().println("wrote " + files.size() + " files to " + dir);
            return 0;
        }
    }
}
