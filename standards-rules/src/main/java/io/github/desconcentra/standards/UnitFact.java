package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.UnitCode;

/**
 * A planning unit as rules see it: its level, code and people. Rules match {@code UnitFact(level == Level.CIRCUIT,
 * population >= $min)} and read the target groups. How each group was formed (census age structure, interpolated,
 * user figures or assumed shares) is the territory's to say: {@code Territory#ageBasis}.
 *
 * @param code never null
 * @param level circuit, district or zone
 * @param name the unit's name
 * @param population total population
 * @param children0to2 children aged 0–2 (0–35 months)
 * @param children3to4 children aged 3–4
 * @param schoolAge school age 5–17
 * @param adults65Plus adults aged 65 and over
 * @param children1to2 children aged 1–2 (12–35 months, the CIBV target), part of {@code children0to2}
 * @param schoolAge5to14 ages 5–14 (basic education), part of {@code schoolAge}
 * @param schoolAge15to17 ages 15–17 (bachillerato), the rest of {@code schoolAge}
 */
public record UnitFact(UnitCode code, Level level, String name, long population, long children0to2,
                       long children3to4, long schoolAge, long adults65Plus, long children1to2, long schoolAge5to14,
                       long schoolAge15to17) {

    /**
     * A hand-written fact given by its four main groups (tests, scenarios, probes): the nested groups are split by
     * uniform single years of age ({@link Demographics#withUniformSubgroups}), an assumption.
     */
    public UnitFact(UnitCode code, Level level, String name, long population, long children0to2, long children3to4,
                    long schoolAge, long adults65Plus) {
        this(code, level, name, population, children0to2, children3to4, schoolAge, adults65Plus,
                uniform(children0to2, schoolAge).children1to2(), uniform(children0to2, schoolAge).schoolAge5to14(),
                uniform(children0to2, schoolAge).schoolAge15to17());
    }

    private static Demographics uniform(long children0to2, long schoolAge) {
        return Demographics.withUniformSubgroups(Math.addExact(children0to2, schoolAge), children0to2, 0, schoolAge,
                0);
    }

    /** Children under one year (0–11 months): the children aged 0–2 who are not yet 1. */
    public long childrenUnder1() {
        return Math.max(0, children0to2 - children1to2);
    }

    /** The fact for a unit with these demographics. */
    public static UnitFact of(UnitCode code, String name, Demographics d) {
        return new UnitFact(code, code.level(), name, d.total(), d.children0to2(), d.children3to4(),
                d.schoolAge5to17(), d.adults65Plus(), d.children1to2(), d.schoolAge5to14(), d.schoolAge15to17());
    }
}
