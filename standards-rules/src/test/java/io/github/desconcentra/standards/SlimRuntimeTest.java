package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.authoring.StandardsCompiler;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An embedder inherits Drools' runtime, not its rule compiler (an optional dependency): the embedded standards load
 * and evaluate without it, and the authoring API says what to add. Run in a class loader that holds this module's
 * test class path less the compiler's jars.
 */
class SlimRuntimeTest {
    /** The jars that come with the optional rule compiler and decision tables, never with the runtime. */
    private static final Pattern COMPILER = Pattern.compile("(drools-(engine|compiler|model-codegen|drl-parser|drl-ast"
            + "|drl-extensions|ecj|codegen-common|model-prototype|mvel-parser|mvel-compiler|wiring-dynamic|tms|commands"
            + "|xml-support|decisiontables|templates)|kie-util-(xml|maven-support)|ecj|antlr-runtime|antlr4-runtime"
            + "|javaparser-core|mvel2|xstream|poi|poi-ooxml|xmlbeans)-\\d[^/]*\\.jar");

    private static URLClassLoader runtimeOnly;
    private static List<String> left;
    private static Map<String, Object> embedded;

    @BeforeAll
    static void classLoaderWithoutTheCompiler() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        left = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (COMPILER.matcher(Path.of(entry).getFileName().toString()).matches()) {
                left.add(Path.of(entry).getFileName().toString());
            } else {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        runtimeOnly = new URLClassLoader("runtime-only", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws Exception {
        runtimeOnly.close();
    }

    /** Runs in the class loader without the compiler (loaded there by name): evaluates, then tries to compile. */
    public static final class Embedder {
        private Embedder() {
        }

        /** Deficits per sector of the reference territory with no supply, and what compiling authored rules says. */
        public static Map<String, Object> run() {
            return Map.of("deficits", deficitsBySector(), "compiling", compiling());
        }

        private static String compiling() {
            try {
                StandardsCompiler.compile(null, false);
                return "compiled";
            } catch (IllegalStateException e) {
                return e.getMessage();
            }
        }
    }

    static Map<String, Long> deficitsBySector() {
        Territory ecuador = ReferenceTerritory.territory();
        Evaluation gap = StandardsEngine.embedded().evaluate(ecuador, Inventory.EMPTY,
                EvaluationOptions.DEFAULTS.withThreads(2));
        Map<String, Long> deficits = new TreeMap<>();
        for (DeficitLine l : gap.lines()) {
            if (l.scope() == DeficitLine.Scope.STANDARD) {
                deficits.merge(l.sector().id() + "/" + l.typology() + "/" + l.measure().id(), l.deficit(), Long::sum);
            }
        }
        return deficits;
    }

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Object> inRuntimeOnly() throws ReflectiveOperationException {
        if (embedded == null) {
            embedded = (Map<String, Object>) inRuntimeOnly(Embedder.class.getName(), "run");
        }
        return embedded;
    }

    /** Calls a static method in the runtime-only class loader, which is also the context class loader meanwhile. */
    private static Object inRuntimeOnly(String type, String method) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(runtimeOnly);
        try {
            return Class.forName(type, true, runtimeOnly).getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("failed without the rule compiler", e.getCause());
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    @Test
    void theCompilerIsReallyAbsentFromTheRuntimeOnlyClassLoader() throws ReflectiveOperationException {
        assertTrue(left.stream().anyMatch(j -> j.startsWith("drools-compiler-")), left.toString());
        assertTrue(left.stream().anyMatch(j -> j.startsWith("ecj-")), left.toString());
        assertThrows(ClassNotFoundException.class, () -> Class.forName(
                "org.drools.compiler.kie.builder.impl.KieServicesImpl", false, runtimeOnly));
        assertNull(inRuntimeOnly("org.kie.api.KieServices", "get"), "KieServices, which the compiler implements");
    }

    @Test
    void theEmbeddedStandardsEvaluateAsWithTheCompiler() throws ReflectiveOperationException {
        Map<String, Long> withCompiler = deficitsBySector();
        assertFalse(withCompiler.isEmpty());
        assertEquals(withCompiler, inRuntimeOnly().get("deficits"));
    }

    @Test
    void compilingAuthoredStandardsWithoutTheCompilerSaysWhatToAdd() throws ReflectiveOperationException {
        String message = (String) inRuntimeOnly().get("compiling");
        assertTrue(message.startsWith("compiling authored standards needs the Drools rule compiler, an optional"
                + " dependency of io.github.desconcentra:standards-rules that is not on the classpath (missing"
                + " org.drools:drools-drl-parser, org.drools:drools-compiler, org.drools:drools-model-codegen,"
                + " org.drools:drools-wiring-dynamic): add org.drools:drools-engine"), message);
    }
}
