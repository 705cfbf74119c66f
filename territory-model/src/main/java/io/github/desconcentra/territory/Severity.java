package io.github.desconcentra.territory;

/** How serious a violation is. */
public enum Severity {
    /** The territory breaks an invariant planners rely on; it cannot be used. */
    ERROR,
    /** Worth a look, but the territory is usable. */
    WARNING
}
