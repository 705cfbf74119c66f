package io.github.desconcentra.territory;

/**
 * A unit of either hierarchy. Units refer to their parents by code; the {@link Territory} index answers questions
 * across units.
 */
public sealed interface TerritorialUnit permits Nation, Province, Canton, Parish, Zone, District, Circuit {

    /** The unit's code, never null. */
    UnitCode code();

    /** The unit's name, never null. */
    String name();

    /** The unit's level. */
    default Level level() {
        return code().level();
    }
}
