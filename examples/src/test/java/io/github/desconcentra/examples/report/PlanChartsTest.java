package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanChartsTest {

    @Test
    void theValueAxisEndsOnARoundStepAboveTheLargestValue() {
        assertAxis("37.2", "10", "40");
        assertAxis("123", "25", "125");
        assertAxis("0.8", "0.2", "0.8");
        assertAxis("3746.4", "1000", "4000");
        assertAxis("0", "1", "1");
    }

    @Test
    void mapPathsWriteTenthsOfAPixelInTheirShortestForm() {
        assertEquals("1.2", ReportMap.tenths(12));
        assertEquals("-.3", ReportMap.tenths(-3));
        assertEquals("4", ReportMap.tenths(40));
        assertEquals("-4.5", ReportMap.tenths(-45));
        assertEquals("0", ReportMap.tenths(0));
    }

    @Test
    void theSpendChartHasAnAxisInMillionsOfThePriceYearAndMarksEachCeiling() {
        Map<Integer, Map<String, Money>> spend = new TreeMap<>();
        spend.put(2027, Map.of("health", Money.parse("12500000", Money.USD), "police", Money.parse("2500000", Money.USD)));
        spend.put(2028, Map.of("health", Money.parse("20000000", Money.USD)));
        TreeMap<Integer, Money> ceilings = new TreeMap<>(Map.of(2027, Money.parse("30000000", Money.USD),
                2028, Money.parse("30000000", Money.USD)));
        String svg = new PlanCharts(Messages.of(ReportOptions.ENGLISH)).spendBySector("s", spend, ceilings, 2024);
        assertTrue(svg.contains(">USD million, prices of 2024</text>"), svg);
        // 30 is the largest value: raw step 6, so steps of 10 up to 30.
        assertTrue(svg.contains(">30</text>") && svg.contains(">20</text>") && !svg.contains(">40</text>"), svg);
        assertTrue(svg.contains("<title>2027, Health: USD 12.5 M</title>"), svg);
        assertTrue(svg.contains("<title>2028 ceiling: USD 30.0 M</title>"), svg);
        assertTrue(svg.contains(">2027</text>") && svg.contains(">2028</text>"), svg);
        String es = new PlanCharts(Messages.of(ReportOptions.SPANISH)).spendBySector("s", spend, ceilings, 2024);
        assertTrue(es.contains(">millones de USD, precios de 2024</text>") && es.contains(
                "<title>2027, Salud: USD 12,5 M</title>") && es.contains("<title>techo de 2028: USD 30,0 M</title>"), es);
    }

    @Test
    void theClosedChartDrawsOneLinePerSectorInPercent() {
        Map<String, Map<Integer, BigDecimal>> closed = new TreeMap<>();
        closed.put("health", new TreeMap<>(Map.of(2027, new BigDecimal("0.1"), 2028, new BigDecimal("0.255"))));
        String svg = new PlanCharts(Messages.of(ReportOptions.ENGLISH)).closedBySector("c", closed,
                List.of(2027, 2028));
        assertEquals(1, svg.split("<polyline").length - 1, svg);
        assertTrue(svg.contains("<title>Health by 2028: 25.5%</title>") && svg.contains(">100%</text>"), svg);
        String es = new PlanCharts(Messages.of(ReportOptions.SPANISH)).closedBySector("c", closed,
                List.of(2027, 2028));
        assertTrue(es.contains("<title>Salud hasta 2028: 25,5 %</title>") && es.contains(">100 %</text>"), es);
    }

    private static void assertAxis(String top, String step, String max) {
        PlanCharts.Axis a = PlanCharts.Axis.of(new BigDecimal(top));
        assertEquals(0, new BigDecimal(step).compareTo(a.step()), top + " step " + a.step());
        assertEquals(0, new BigDecimal(max).compareTo(a.max()), top + " max " + a.max());
    }
}
