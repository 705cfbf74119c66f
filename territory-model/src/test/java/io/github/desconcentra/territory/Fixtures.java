package io.github.desconcentra.territory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A tiny hand-written territory for example tests. */
final class Fixtures {
    static final ProvinceCode P01 = ProvinceCode.of("01");
    static final ProvinceCode P02 = ProvinceCode.of("02");
    static final CantonCode C0101 = CantonCode.of("0101");
    static final CantonCode C0102 = CantonCode.of("0102");
    static final CantonCode C0201 = CantonCode.of("0201");
    static final ParishCode CITY = ParishCode.of("010150");
    static final ParishCode RURAL = ParishCode.of("010151");
    static final ParishCode TOWN = ParishCode.of("010250");
    static final ParishCode OTHER = ParishCode.of("020150");
    static final ZoneCode Z1 = ZoneCode.of("Z1");
    static final ZoneCode Z2 = ZoneCode.of("Z2");
    static final DistrictCode D0101 = DistrictCode.of("01D01");
    static final DistrictCode D0102 = DistrictCode.of("01D02");
    static final DistrictCode D0201 = DistrictCode.of("02D01");
    static final CircuitCode CITY_NORTH = CircuitCode.of("01D01C01");
    static final CircuitCode CITY_SOUTH = CircuitCode.of("01D01C02");
    static final CircuitCode TOWN_CIRCUIT = CircuitCode.of("01D02C01");
    static final CircuitCode OTHER_CIRCUIT = CircuitCode.of("02D01C01");

    static final ParishCode NORTE = ParishCode.of("010101");
    static final ParishCode SUR = ParishCode.of("010102");
    static final ParishCode CENTRO = ParishCode.of("010103");
    static final ParishCode TOWN_CENTRE = ParishCode.of("010201");

    private Fixtures() {
    }

    static Parish parish(ParishCode code, long population) {
        return new Parish(code, "P" + code, code.canton(), code.value().endsWith("50") ? ParishKind.URBAN_SEAT
                : ParishKind.RURAL, new Coordinates(-1, -78), population, "test");
    }

    static Circuit circuit(CircuitCode code, ParishShare... shares) {
        return new Circuit(code, "C" + code, code.district(), List.of(shares));
    }

    static ParishShare half(ParishCode p) {
        return new ParishShare(p, new BigDecimal("0.5"));
    }

    /**
     * Province 01 (cantons 0101 with a city of 10,001 and a rural parish of 2,000; 0102 with a town of 5,000) is zone
     * Z1; province 02 (canton 0201, 3,000 people) is zone Z2. The city is split in two circuits.
     */
    static TerritoryData small() {
        return new TerritoryData(new Nation(NationCode.of("EC"), "Test"), 2020,
                List.of(new Province(P01, "ONE"), new Province(P02, "TWO")),
                List.of(new Canton(C0101, "C1", P01), new Canton(C0102, "C2", P01), new Canton(C0201, "C3", P02)),
                List.of(parish(CITY, 10_001), parish(RURAL, 2_000), parish(TOWN, 5_000), parish(OTHER, 3_000)),
                List.of(Zone.of(Z1, "Zona 1"), Zone.of(Z2, "Zona 2")),
                List.of(new District(D0101, "D1", Z1, CITY), new District(D0102, "D2", Z1, TOWN),
                        new District(D0201, "D3", Z2, OTHER)),
                List.of(circuit(CITY_NORTH, half(CITY)), circuit(CITY_SOUTH, half(CITY), ParishShare.whole(RURAL)),
                        circuit(TOWN_CIRCUIT, ParishShare.whole(TOWN)),
                        circuit(OTHER_CIRCUIT, ParishShare.whole(OTHER))),
                List.of(), AgeShares.ECUADOR_2022_ASSUMED,
                new PopulationProjections(Map.of(C0101, Map.of(2020, 1_000L, 2030, 1_500L),
                        C0201, Map.of(2020, 100L, 2030, 90L))));
    }

    /**
     * {@link #small()} with urban parishes: the city's two halves are the urban parishes NORTE (01D01C01) and SUR
     * (01D01C02), named on the circuits' parts; CENTRO may lie in either; the town has one urban parish, in its one
     * circuit.
     */
    static TerritoryData withUrbanParishes() {
        TerritoryData d = small();
        List<Circuit> circuits = List.of(
                circuit(CITY_NORTH, new ParishShare(CITY, new BigDecimal("0.5"), "NORTE", NORTE)),
                circuit(CITY_SOUTH, new ParishShare(CITY, new BigDecimal("0.5"), "SUR", SUR),
                        ParishShare.whole(RURAL)),
                d.circuits().get(2), d.circuits().get(3));
        return d.withCircuits(circuits).withUrbanParishes(List.of(
                new UrbanParish(NORTE, "NORTE", CITY, List.of(CITY_NORTH), UrbanParish.Placement.NAMED),
                new UrbanParish(SUR, "SUR", CITY, List.of(CITY_SOUTH), UrbanParish.Placement.NAMED),
                new UrbanParish(CENTRO, "CENTRO", CITY, List.of(CITY_SOUTH, CITY_NORTH), UrbanParish.Placement.SEAT),
                new UrbanParish(TOWN_CENTRE, "MATRIZ", TOWN, List.of(TOWN_CIRCUIT), UrbanParish.Placement.SEAT)));
    }
}
