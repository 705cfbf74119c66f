package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LazyCommandsTest {
    private static List<String> registered(String... args) {
        return List.copyOf(Desconcentra.commandLine(new Desconcentra(), args).getSubcommands().keySet());
    }

    @Test
    void everyCommandIsRegisteredUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> e : Desconcentra.COMMANDS.entrySet()) {
            assertEquals(e.getKey(), e.getValue().getAnnotation(CommandLine.Command.class).name(), e.getValue().getName());
        }
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("summary"), registered("summary", "--format", "json"));
        assertEquals(List.of("run"), registered("--debug", "run", "--quiet"));
        assertEquals(List.of("standards"), registered("standards", "export", "dir"));
    }

    @Test
    void versionAloneBuildsNoCommand() {
        assertEquals(List.of(), registered("--version"));
        assertEquals(List.of(), registered("-V"));
        assertEquals(List.of(), registered());
    }

    @Test
    void helpAnUnknownWordOrAnArgumentFileBuildAll() {
        List<String> all = List.copyOf(Desconcentra.COMMANDS.keySet());
        assertEquals(all, registered("--help"));
        assertEquals(all, registered("help", "run"));
        assertEquals(all, registered("sumary"));
        assertEquals(all, registered("@args.txt"));
        assertEquals(all, registered("--territory", "x", "summary"));
    }

    @Test
    void helpStillListsEveryCommand() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.exitCode(), r.err());
        for (String name : Desconcentra.COMMANDS.keySet()) {
            assertTrue(r.out().contains("  " + name + " "), name + " missing from:\n" + r.out());
        }
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        CliRunner r = CliRunner.run("sumary");
        assertEquals(Desconcentra.USAGE_ERROR, r.exitCode());
        assertEquals("desconcentra: Unmatched argument at index 0: 'sumary'\nTry 'desconcentra --help'.\n",
                r.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void helpOfOneCommandAndVersionWork() {
        CliRunner help = CliRunner.run("help", "ideal");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: desconcentra ideal"), help.out());
        CliRunner version = CliRunner.run("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().startsWith("desconcentra "), version.out());
    }
}
