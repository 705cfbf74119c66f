package io.github.desconcentra.standards;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ZoneCode;
import java.util.EnumSet;
import java.util.List;

/** Fires one sector's rules on one unit with only the facts they need: the unit and the parameters. */
final class RuleHarness {
    static final StandardsEngine ENGINE = StandardsEngine.embedded();

    private RuleHarness() {
    }

    static UnitFact circuit(long population) {
        return unit(CircuitCode.of("17D01C01"), population, 0, 0, 0);
    }

    static UnitFact district(long population) {
        return unit(DistrictCode.of("17D01"), population, 0, 0, 0);
    }

    static UnitFact zone(long population) {
        return unit(ZoneCode.of("Z9"), population, 0, 0, 0);
    }

    static UnitFact unit(UnitCode code, long population, long children0to2, long schoolAge, long adults) {
        return new UnitFact(code, code.level(), "test", population, children0to2, 0, schoolAge, adults);
    }

    static List<Requirement> fire(Sector sector, UnitFact unit) {
        return ENGINE.ideal(unit, EnumSet.of(sector));
    }

    /** "TYPOLOGY measure quantity" for each requirement, in the engine's order. */
    static List<String> needs(Sector sector, UnitFact unit) {
        return fire(sector, unit).stream().map(r -> r.typology() + " " + r.measure().id() + " " + r.quantity())
                .toList();
    }

}
