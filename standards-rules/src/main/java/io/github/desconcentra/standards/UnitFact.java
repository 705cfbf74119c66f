package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.UnitCode;

/**
 * A planning unit as rules see it: its level, code and people. Rules match {@code UnitFact(level == Level.CIRCUIT,
 * population >= $min)} and read the target groups.
 *
 * @param code never null
 * @param level circuit, district or zone
 * @param name the unit's name
 * @param population total population
 * @param children0to2 children aged 0–2
 * @param children3to4 children aged 3–4
 * @param schoolAge school age 5–17
 * @param adults65Plus adults aged 65 and over
 */
public record UnitFact(UnitCode code, Level level, String name, long population, long children0to2,
                       long children3to4, long schoolAge, long adults65Plus) {

    /** The fact for a unit with these demographics. */
    public static UnitFact of(UnitCode code, String name, Demographics d) {
        return new UnitFact(code, code.level(), name, d.total(), d.children0to2(), d.children3to4(),
                d.schoolAge5to17(), d.adults65Plus());
    }
}
