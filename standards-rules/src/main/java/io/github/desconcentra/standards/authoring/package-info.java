/**
 * Authoring the standards without touching Java: {@link io.github.desconcentra.standards.authoring.StandardsFolder}
 * exports the embedded standards as editable files; {@link io.github.desconcentra.standards.authoring.StandardsCompiler}
 * compiles a folder of them and reports every problem of every file at its location, then fires the rules on made-up
 * units so that whatever it accepts evaluates; {@link io.github.desconcentra.standards.authoring.CompiledStandards}
 * carries the engine, the warnings and a dry run on a real territory;
 * {@link io.github.desconcentra.standards.authoring.StandardsLint} finds likely mistakes on a territory; and
 * {@link io.github.desconcentra.standards.authoring.ScenarioTests} runs the cases written beside the rules.
 */
package io.github.desconcentra.standards.authoring;
