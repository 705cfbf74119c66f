package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void aCircuitCodeNestsInItsDistrictAndProvince() {
        CircuitCode c = CircuitCode.of("17D01C03");
        assertEquals(DistrictCode.of("17D01"), c.district());
        assertEquals(ProvinceCode.of("17"), c.district().province());
        assertEquals(3, c.number());
        assertEquals(CircuitCode.of("17D01C12"), DistrictCode.of("17D01").circuit(12));
        assertEquals(CircuitCode.of("17D01C120"), DistrictCode.of("17D01").circuit(120));
    }

    @Test
    void aCircuitOfTheFormerNonDelimitedZonesKeepsItsOfficialCodeAndNestsInNoDistrict() {
        CircuitCode c = CircuitCode.of("000C05");
        assertTrue(c.isNonDelimited());
        assertFalse(CircuitCode.of("23D03C01").isNonDelimited());
        assertEquals(5, c.number());
        assertEquals(c, UnitCode.parse("000C05"));
        assertEquals("circuit code 000C05 belongs to the former non-delimited zones and nests in no district",
                assertThrows(IllegalStateException.class, c::district).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CircuitCode.of("000C5"));
        assertThrows(IllegalArgumentException.class, () -> CircuitCode.of("00D00C01").district().circuit(0));
    }

    @Test
    void aParishCodeNestsInItsCanton() {
        assertEquals(CantonCode.of("1701"), ParishCode.of("170150").canton());
        assertEquals(ProvinceCode.of("17"), CantonCode.of("1701").province());
    }

    @Test
    void badCodesAreRefusedWithTheValueInTheMessage() {
        assertEquals("parish code must be six digits, e.g. 170150: \"17015\"",
                assertThrows(IllegalArgumentException.class, () -> ParishCode.of("17015")).getMessage());
        assertEquals("zone code must be Z followed by a zone number 1-99 without leading zero, e.g. Z9: \"Z09\"",
                assertThrows(IllegalArgumentException.class, () -> ZoneCode.of("Z09")).getMessage());
        assertEquals("district code must be two digits, D and two digits, e.g. 17D01: \"17C01\"",
                assertThrows(IllegalArgumentException.class, () -> DistrictCode.of("17C01")).getMessage());
    }

    @Test
    void anyCodeParsesByItsShape() {
        assertEquals(Level.CIRCUIT, UnitCode.parse("09D24C02").level());
        assertEquals(Level.ZONE, UnitCode.parse("Z8").level());
        assertEquals(Level.NATION, UnitCode.parse("EC").level());
        assertEquals(Level.CANTON, UnitCode.parse(" 0901 ").level());
        assertEquals("not a unit code: \"17-01\" (expected e.g. EC, 17, 1701, 170150, Z9, 17D03 or 17D03C01)",
                assertThrows(IllegalArgumentException.class, () -> UnitCode.parse("17-01")).getMessage());
    }

    @Test
    void codesOrderByLevelThenText() {
        assertEquals(-1, Integer.signum(ProvinceCode.of("99").compareTo(CantonCode.of("0101"))));
        assertEquals(-1, Integer.signum(ZoneCode.of("Z1").compareTo(ZoneCode.of("Z2"))));
    }

    @Test
    void demographicsRefuseGroupsLargerThanTheTotal() {
        assertEquals("age groups add up to 11, more than the total population 10",
                assertThrows(IllegalArgumentException.class, () -> new Demographics(10, 5, 0, 6, 0, 0, 0, 0)).getMessage());
        assertEquals("children 1-2 (4) exceed children 0-2 (3)", assertThrows(IllegalArgumentException.class,
                () -> new Demographics(10, 3, 4, 0, 0, 0, 0, 0)).getMessage());
        assertEquals("school age 5-14 (3) and 15-17 (1) do not add up to school age 5-17 (5)",
                assertThrows(IllegalArgumentException.class, () -> new Demographics(10, 0, 0, 0, 5, 3, 1, 0))
                        .getMessage());
        assertEquals("population must not be negative: -3 (parish 170150)",
                assertThrows(IllegalArgumentException.class, () -> new Parish(ParishCode.of("170150"), "Q",
                        CantonCode.of("1701"), ParishKind.RURAL, null, -3, "")).getMessage());
    }
}
