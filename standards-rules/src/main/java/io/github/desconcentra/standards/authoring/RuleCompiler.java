package io.github.desconcentra.standards.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The Drools rule compiler, an optional dependency of standards-rules. Evaluating the embedded standards needs only
 * Drools' runtime (they are compiled into its executable model when this module is built); compiling authored
 * standards at run time (DRL, parameters and typologies, decision tables) needs the compiler, which an embedder adds
 * with {@value #ARTIFACT}. Package-private.
 */
final class RuleCompiler {
    /** The artifact that brings every piece of the compiler (its version is managed by the Desconcentra BOM). */
    static final String ARTIFACT = "org.drools:drools-engine";

    /** One class of each piece that compiling needs, and the artifact that holds it. */
    private record Piece(String className, String artifact) {
    }

    private static final List<Piece> PIECES = List.of(
            new Piece("org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser"),
            new Piece("org.drools.compiler.kie.builder.impl.KieServicesImpl", "org.drools:drools-compiler"),
            new Piece("org.drools.model.codegen.ExecutableModelProject", "org.drools:drools-model-codegen"),
            new Piece("org.drools.wiring.dynamic.DynamicComponentsSupplier", "org.drools:drools-wiring-dynamic"));

    private RuleCompiler() {
    }

    /**
     * Checks that the rule compiler is on the classpath.
     *
     * @throws IllegalStateException naming the missing pieces and what to add, when it is not
     */
    static void require() {
        List<String> missing = new ArrayList<>();
        for (Piece p : PIECES) {
            try {
                Class.forName(p.className(), false, RuleCompiler.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(p.artifact());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("compiling authored standards needs the Drools rule compiler, an optional"
                    + " dependency of io.github.desconcentra:standards-rules that is not on the classpath (missing "
                    + String.join(", ", missing) + "): add " + ARTIFACT + " (version managed by the"
                    + " io.github.desconcentra:desconcentra-parent BOM) to compile authored standards; the embedded"
                    + " standards (StandardsEngine.embedded()) need no compiler");
        }
    }
}
