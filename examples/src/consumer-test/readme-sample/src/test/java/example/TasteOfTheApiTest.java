package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.authoring.StandardsCompiler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's code sample runs in an embedder's project that imports the BOM, prints what it says, and is quiet. */
class TasteOfTheApiTest {
    private static List<String> out;
    private static String err;

    @BeforeAll
    static void runTheSample() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            TasteOfTheApi.main(new String[0]);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        out = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        err = stderr.toString(StandardCharsets.UTF_8);
        out.forEach(line -> System.out.println("sample: " + line));
        System.out.println("sample stderr: " + err.length() + " characters");
    }

    @Test
    void theTerritoryAnswersAsTheReadmeSays() {
        assertEquals("17D05: 513096 people in 2030 in 13 circuits; 170150 is in 44 circuits, 170110 in 3, 090112 in 6"
                + " of 09D06", out.get(0));
        assertEquals("17D05C01: 49293 people, 9789 of school age, known by [CENSUS_STRUCTURE]", out.get(1));
        assertEquals("Z9 outline: Polygon; (-0.2201, -78.5123) is in parish 170150", out.get(2));
    }

    @Test
    void aTerritoryFolderLoadsAndValidates() {
        assertEquals("my territory: 4 circuits, 0 errors, 0 warnings", out.get(3));
    }

    @Test
    void theStandardsEvaluateTheSupplyReadFromTheInventory() {
        List<String> gap = out.subList(4, out.size());
        assertTrue(gap.stream().allMatch(l -> Pattern.matches("17D05C01 \\w+ \\w+ deficit \\d+ \\(.+\\)", l)),
                gap.toString());
        // inventory.csv: one community police unit type A and one health centre type B, both in good condition. The
        // circuit's 49,293 people make 6 police subcircuits (one UPC type A each) and need 5 type-A centres (one per
        // 10,000); the type-B centre stands in for a type A (health/substitutions.csv).
        assertTrue(gap.contains("17D05C01 UPC_A establishments deficit 5 (A circuit of at least a police subcircuit"
                + " needs a community police unit type A per subcircuit)"), gap.toString());
        assertTrue(gap.contains("17D05C01 CS_A establishments deficit 4 (A circuit of at least 2,000 people needs a"
                + " health centre type A per 10,000 people)"), gap.toString());
    }

    @Test
    void noLoggingFrameworkComplainsAndTheLibrariesLogNothingAtTheDefaultLevel() {
        assertFalse(err.contains("SLF4J") || err.contains("Log4j"), err);
        assertEquals("", err, "nothing at all on standard error");
    }

    @Test
    void theRuleCompilerIsAbsentAndTheAuthoringApiSaysWhatToAdd() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(
                "org.drools.compiler.kie.builder.impl.KieServicesImpl"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StandardsCompiler.compile(null,
                false));
        assertTrue(e.getMessage().contains("add org.drools:drools-engine"), e.getMessage());
    }

    @Test
    void theOptionalAdditionsStayOut() {
        for (String absent : List.of("org.apache.poi.ss.usermodel.WorkbookFactory",
                "ai.timefold.solver.core.api.solver.SolverFactory", "org.eclipse.jdt.internal.compiler.Compiler",
                "com.thoughtworks.xstream.XStream")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
        }
    }
}
