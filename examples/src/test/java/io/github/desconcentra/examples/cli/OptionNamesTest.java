package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class OptionNamesTest {
    /**
     * Names whose default differs by command, each for a stated reason; they still take the same kind of value
     * under the same label, and each command's help states its own default.
     */
    private static final Map<String, String> DEFAULT_DIFFERS = Map.of(
            "--out", "run writes to desconcentra-report by default; the other commands need a folder",
            "--standards", "validate exists to check a standards folder, so it requires one",
            "--territory", "validate evaluates on a territory only when asked (a dry run)",
            "--threads", "bench measures the engine on two threads by default, its reference configuration",
            "--draws", "bench --what-if times 200 draws by default; sensitivity draws none unless asked");

    /** Where an option is declared: the command and the option. */
    private record Use(String command, OptionSpec option) {
    }

    private static Map<String, List<Use>> optionsByName() {
        Map<String, List<Use>> byName = new TreeMap<>();
        Desconcentra.COMMANDS.forEach((name, type) -> {
            if (type != CommandLine.HelpCommand.class) {
                collect(name, new CommandLine(type).getCommandSpec(), byName);
            }
        });
        return byName;
    }

    private static void collect(String name, CommandSpec spec, Map<String, List<Use>> byName) {
        for (OptionSpec o : spec.options()) {
            for (String n : o.names()) {
                byName.computeIfAbsent(n, k -> new ArrayList<>()).add(new Use(name, o));
            }
        }
        spec.subcommands().forEach((sub, cl) -> collect(name + " " + sub, cl.getCommandSpec(), byName));
    }

    /** What an option takes: its value's type, label, arity and how it is split and converted. */
    private static List<Object> kind(OptionSpec o) {
        return List.of(o.type(), Arrays.asList(o.auxiliaryTypes()), o.paramLabel(), o.arity().toString(),
                o.splitRegex(), Arrays.stream(o.converters()).map(c -> c.getClass().getName()).toList(),
                o.names().length);
    }

    /** What an option means: what it takes, what its help says, its default, whether it is required or hidden. */
    private static List<Object> meaning(OptionSpec o) {
        return List.of(kind(o), String.join(" ", o.description()), String.valueOf(o.defaultValue()), o.required(),
                o.hidden());
    }

    @Test
    void theSameOptionNameMeansTheSameThingInEveryCommand() {
        int shared = 0;
        for (Map.Entry<String, List<Use>> e : optionsByName().entrySet()) {
            List<Use> uses = e.getValue();
            if (uses.size() < 2) {
                continue;
            }
            shared++;
            Use first = uses.get(0);
            for (Use u : uses) {
                String where = e.getKey() + " in " + first.command() + " and " + u.command();
                if (DEFAULT_DIFFERS.containsKey(e.getKey())) {
                    assertEquals(kind(first.option()), kind(u.option()), where);
                    String help = String.join(" ", u.option().description()).toLowerCase(Locale.ROOT);
                    assertTrue(u.option().required() || help.contains("default"), where + ": the help states the"
                            + " default: " + help);
                } else {
                    assertEquals(meaning(first.option()), meaning(u.option()), where);
                }
            }
        }
        assertTrue(shared >= 20, "options shared by several commands: " + shared);
    }

    @Test
    void everyEvaluatingCommandTakesTheSameInventoryTerritoryStandardsAndSectorOptions() {
        Map<String, List<Use>> byName = optionsByName();
        List<String> evaluating = List.of("run", "evaluate", "cost", "plan", "sensitivity");
        for (String option : List.of("--inventory", "--assume-complete", "--assume-none", "--keep-going",
                "--max-rejected", "--territory", "--year", "--standards", "--tables-only", "--sectors", "--threads",
                "--duplicate-distance")) {
            List<String> commands = byName.get(option).stream().map(Use::command).toList();
            assertTrue(commands.containsAll(evaluating), option + " is taken by " + commands);
        }
        for (String option : List.of("--costs", "--price-year")) {
            assertTrue(byName.get(option).stream().map(Use::command).toList().containsAll(List.of("run", "cost",
                    "plan", "sensitivity")), option);
        }
        for (String option : List.of("--budget", "--budget-per-year", "--first-year", "--last-year", "--planner")) {
            assertEquals(List.of("run", "plan"), byName.get(option).stream().map(Use::command).toList(), option);
        }
    }

    @Test
    void theOldSpellingOfNoInventoryIsHiddenAndTheDefaultIsStatedInEveryEvaluatingCommandsHelp() {
        for (Use u : optionsByName().get("--no-reference-inventory")) {
            assertTrue(u.option().hidden(), u.command());
        }
        for (String command : List.of("run", "evaluate", "cost", "plan", "sensitivity")) {
            CliRunner help = CliRunner.run(command, "--help");
            assertEquals(0, help.exitCode(), help.err());
            String text = help.out().replaceAll("\\s+", " ");
            assertTrue(text.contains("Default: 'reference' on the reference territory, 'none' on another"), command
                    + ": " + text);
            assertTrue(text.contains("--territory=PATH|reference"), command);
            assertFalse(text.contains("--no-reference-inventory"), command);
        }
    }
}
