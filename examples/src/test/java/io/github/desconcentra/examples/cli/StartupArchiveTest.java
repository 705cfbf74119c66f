package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartupArchiveTest {
    private static final Pattern CASE = Pattern.compile("^\\s*([a-z|*]+)\\)\\s*(set -- (.*) \"\\$@\")?\\s*;;",
            Pattern.MULTILINE);

    @Test
    void aLambdaProxyLineListedTwiceByOneRunIsKeptTwice() {
        Map<String, Integer> classes = new LinkedHashMap<>();
        classes.put("java/lang/Object", 1);
        classes.put("@lambda-proxy a/B apply ParishCode of", 3);
        classes.put("a/B", 1);
        assertEquals(List.of("java/lang/Object", "@lambda-proxy a/B apply ParishCode of",
                "@lambda-proxy a/B apply ParishCode of", "@lambda-proxy a/B apply ParishCode of", "a/B"),
                StartupArchive.entries(classes));
    }

    @Test
    void trainingRunsUseTheLaunchersOptionsForEachCommand() throws IOException {
        String script;
        try (InputStream in = StartupArchive.class.getResourceAsStream("desconcentra.sh")) {
            assertNotNull(in, "desconcentra.sh");
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> seen = new ArrayList<>();
        Matcher m = CASE.matcher(script.substring(script.indexOf("case $command in")));
        while (m.find()) {
            List<String> options = m.group(3) == null ? List.of() : Arrays.asList(m.group(3).trim().split(" +"));
            for (String command : m.group(1).split("\\|")) {
                String probe = command.equals("*") ? "summary" : command;
                assertEquals(options, StartupArchive.launcherOptions(probe), command);
                seen.add(command);
            }
            if (m.group(1).equals("*")) {
                break;
            }
        }
        assertTrue(seen.containsAll(List.of("bench", "run", "*")), seen.toString());
    }
}
