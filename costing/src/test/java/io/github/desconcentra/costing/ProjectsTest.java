package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectsTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final List<TypologySize> SIZES = List.of(new TypologySize("HOSPITAL_GENERAL", 300, 800),
            new TypologySize("ESTACION_BOMBEROS", 15, 15));

    private static Projects of(GapSeries series) {
        return Projects.of(series, UnitCosts.defaults(), CostPolicy.DEFAULTS, SIZES, PriorityPolicy.DEFAULT);
    }

    private static Project byId(Projects ps, String id) {
        return ps.ranked().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError(id + " not in " + ps.ranked().stream().map(Project::id).toList()));
    }

    @Test
    void aZonesBedGapBecomesHospitalsOfTheTypologysSizeEachWithItsStaff() {
        UnitCode z9 = ZoneCode.of("Z9");
        Gap beds = new Gap(z9, "health", "HOSPITAL_GENERAL", "places", 5_360, 650, 0, "two beds per 1,000");
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(beds), 2027, 2027));
        assertEquals(List.of("Z9/HOSPITAL_GENERAL/build/1", "Z9/HOSPITAL_GENERAL/build/2",
                "Z9/HOSPITAL_GENERAL/build/3"), ps.ranked().stream().map(Project::id).toList());
        Project first = byId(ps, "Z9/HOSPITAL_GENERAL/build/1");
        Project last = byId(ps, "Z9/HOSPITAL_GENERAL/build/3");
        assertEquals(List.of(300L, 800L, 50L, 133L), List.of(first.quantity(), first.staff(), last.quantity(),
                last.staff()), "800 staff per 300 beds; 50 beds get 800 × 50 / 300 = 133.3, half-even 133");
        // 246,666.67 + 133,333.33 a bed at 2017 prices × CPI 292.655 / 245.120 = 453,691.66 at 2022 prices.
        assertEquals(Money.parse("136107498.00", Money.USD), first.capex());
        // Maintenance 2 % of 246,666.67 = 4,933.33 → 5,890.03 a bed; 800 staff at 24,000 (priced in 2022).
        assertEquals(Money.parse("20967009.00", Money.USD), first.opexPerYear());
        assertEquals(Money.parse("22684583.00", Money.USD), last.capex());
        assertEquals(Money.parse("3486501.50", Money.USD), last.opexPerYear());
        assertEquals(3, first.buildYears());
    }

    @Test
    void theScoreIsTheShareOfTheStandardUnmetWhenTheProjectComes() {
        UnitCode z9 = ZoneCode.of("Z9");
        assertEquals(2_679_722, ECUADOR.population(z9));
        Gap beds = new Gap(z9, "health", "HOSPITAL_GENERAL", "places", 5_360, 650, 0, "two beds per 1,000");
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(beds), 2027, 2027));
        // 650 of 5,360 beds missing: 650 / 5,360 = 0.1213; the second hospital comes after 300 beds: 350 / 5,360.
        assertEquals(List.of(new BigDecimal("0.1213"), new BigDecimal("0.0653"), new BigDecimal("0.0093")),
                ps.ranked().stream().map(p -> p.priority().score()).toList());
        Priority p = byId(ps, "Z9/HOSPITAL_GENERAL/build/2").priority();
        assertEquals("year=2027; share_unmet=0.0653 (deficit 650 less 300 met before, of 5360 required);"
                + " people=2679722; people_served=149984", p.inputs());
        assertEquals(174_986, p.peopleUnserved(), "0.0653 × 2,679,722 = 174,985.85");
    }

    @Test
    void aCircuitWithoutTheCentreItNeedsComesBeforeAZoneShortOfATenthOfItsBeds() {
        UnitCode z9 = ZoneCode.of("Z9");
        UnitCode d = DistrictCode.of("17D05");
        Gap beds = new Gap(z9, "health", "HOSPITAL_GENERAL", "places", 5_360, 650, 0, "two beds per 1,000");
        Gap stations = new Gap(d, "fire", "ESTACION_BOMBEROS", "establishments", 4, 2, 0, "stations");
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(beds, stations), 2027, 2027));
        // The district lacks 2 of 4 stations (0.5, then 0.25): both come before the zone's first hospital (0.1213),
        // although the zone holds ten times the district's people.
        assertEquals(List.of("17D05/ESTACION_BOMBEROS/build/1", "17D05/ESTACION_BOMBEROS/build/2",
                "Z9/HOSPITAL_GENERAL/build/1", "Z9/HOSPITAL_GENERAL/build/2", "Z9/HOSPITAL_GENERAL/build/3"),
                ps.ranked().stream().map(Project::id).toList());
    }

    @Test
    void amongEqualSharesTheUnitWithMorePeopleUnservedComesFirst() {
        UnitCode small = DistrictCode.of("17D05");
        UnitCode large = DistrictCode.of("09D01");
        Gap a = new Gap(small, "fire", "ESTACION_BOMBEROS", "establishments", 2, 1, 0, "stations");
        Gap b = new Gap(large, "fire", "ESTACION_BOMBEROS", "establishments", 2, 1, 0, "stations");
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(a, b), 2027, 2027));
        Project first = ps.ranked().get(0);
        Project second = ps.ranked().get(1);
        assertEquals(first.priority().score(), second.priority().score());
        assertTrue(first.priority().peopleUnserved() > second.priority().peopleUnserved(),
                first.priority().inputs() + " before " + second.priority().inputs());
    }

    @Test
    void newStationsBringTheirFirefightersAndTheRestIsAStaffingPackage() {
        UnitCode d = DistrictCode.of("17D05");
        Gap stations = new Gap(d, "fire", "ESTACION_BOMBEROS", "establishments", 4, 2, 0, "stations");
        Gap staff = new Gap(d, "fire", "ESTACION_BOMBEROS", "staff", 200, 50, 0, "firefighters",
                Set.of("ESTACION_BOMBEROS"), true);
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(stations, staff), 2027, 2028));
        Project station = byId(ps, "17D05/ESTACION_BOMBEROS/build/1");
        assertEquals(15, station.staff());
        // 2 % of 637,000 maintenance + 15 firefighters at 14,000 (prices of 2022).
        assertEquals(Money.parse("222740.00", Money.USD), station.opexPerYear());
        Project hire = byId(ps, "17D05/ESTACION_BOMBEROS/hire/1");
        assertEquals(20, hire.quantity(), "50 missing less 2 × 15 brought by the new stations");
        assertEquals(Money.parse("280000.00", Money.USD), hire.opexPerYear());
        assertEquals(Money.zero(Money.USD), hire.capex());
        assertEquals(3, ps.ranked().size());
    }

    @Test
    void aNeedThatAppearsWithGrowthIsNeededFromItsYear() {
        UnitCode d = DistrictCode.of("17D05");
        List<GapSeries.Year> years = List.of(
                new GapSeries.Year(2027, ECUADOR, List.of(new Gap(d, "fire", "ESTACION_BOMBEROS", "establishments",
                        2, 1, 0, "stations")), "projected 2027"),
                new GapSeries.Year(2028, ECUADOR, List.of(new Gap(d, "fire", "ESTACION_BOMBEROS", "establishments",
                        3, 2, 0, "stations")), "projected 2028"));
        Projects ps = of(new GapSeries(years));
        assertEquals(Set.of(2027, 2028), byId(ps, "17D05/ESTACION_BOMBEROS/build/1").neededIn());
        assertEquals(Set.of(2028), byId(ps, "17D05/ESTACION_BOMBEROS/build/2").neededIn());
    }

    @Test
    void aLineNotPlannedInSeveralYearsIsNamedOnceWithItsFirstYearInTheOrderOfItsUnitTypologyAndMeasure() {
        Gap later = new Gap(DistrictCode.of("17D05"), "fire", "ESTACION_BOMBEROS", "establishments", 4, 4, 0,
                "stations", Set.of("ESTACION_BOMBEROS"), false);
        Gap earlier = new Gap(DistrictCode.of("17D04"), "fire", "ESTACION_BOMBEROS", "establishments", 2, 2, 0,
                "stations", Set.of("ESTACION_BOMBEROS"), false);
        Gap uncosted = new Gap(DistrictCode.of("17D05"), "health", "CLINICA", "establishments", 1, 1, 0, "clinics");
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(later, uncosted, earlier), 2027, 2029));
        assertEquals(List.of("17D04/ESTACION_BOMBEROS 2027", "17D05/CLINICA 2027", "17D05/ESTACION_BOMBEROS 2027"),
                ps.notPlanned().stream().map(n -> n.gap().unit().value() + "/" + n.gap().typology() + " " + n.year())
                        .toList());
    }

    @Test
    void linesWhoseSupplyWasNotAssessedOrThatHaveNoUnitCostBecomeNoProjectWithTheReason() {
        UnitCode d = DistrictCode.of("17D05");
        Gap unknown = new Gap(d, "fire", "ESTACION_BOMBEROS", "establishments", 4, 4, 0, "stations",
                Set.of("ESTACION_BOMBEROS"), false);
        Gap uncosted = new Gap(d, "health", "CLINICA", "establishments", 1, 1, 0, "clinics");
        Projects ps = of(GapSeries.constant(ECUADOR, List.of(unknown, uncosted), 2027, 2027));
        assertEquals(List.of(), ps.ranked());
        assertEquals(List.of("no unit cost for typology CLINICA", CostCalculator.NOT_ASSESSED),
                ps.notPlanned().stream().map(Projects.NotPlanned::reason).toList());
        Plan plan = new Planner(PriorityPolicy.DEFAULT).plan(ps, Budget.perYear(Money.parse("1000", Money.USD), 2027,
                2027));
        assertEquals(2, plan.notPlanned().size());
        assertTrue(new CostCalculator(UnitCosts.defaults(), CostPolicy.DEFAULTS).cost(ECUADOR, List.of(unknown))
                .notCosted().get(0).getValue().startsWith("supply not assessed"));
    }

    @Test
    void theGiniIndexOfTheDistrictsSharesClosedIsComputedAsDefined() {
        // Pairs |ci - cj| of 0, 0.5, 0.5, 1 add up to 3 (6 both ways); 6 / (2 × 4 × 2) = 0.375.
        assertEquals(new BigDecimal("0.3750"), PlanOutcomes.gini(List.of(BigDecimal.ONE, BigDecimal.ZERO,
                new BigDecimal("0.5"), new BigDecimal("0.5"))));
        assertEquals(new BigDecimal("0.0000"), PlanOutcomes.gini(List.of(new BigDecimal("0.3"),
                new BigDecimal("0.3"))));
        assertEquals(new BigDecimal("0.0000"), PlanOutcomes.gini(List.of(BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    @Test
    void aSectorWhosePlanClosesNoneOfItsGapIsNamedWithWhyEvenWhenAFewOfItsProjectsAreFunded() {
        Money m = Money.parse("1000.00", Money.USD);
        PlanOutcomes o = new PlanOutcomes(2027, 2030, List.of(
                new PlanOutcomes.Item("a", "education", "Z1", "01D01", 10, Money.zero(Money.USD), m, 0, 2027, ""),
                new PlanOutcomes.Item("b", "education", "Z1", "01D01", 9_990, m, m, 1, null, "ceilings spent"),
                new PlanOutcomes.Item("c", "health", "Z1", "01D01", 100, m, m, 1, 2027, ""),
                new PlanOutcomes.Item("d", "health", "Z1", "01D01", 100, m, m, 1, null, "ceilings spent"),
                new PlanOutcomes.Item("e", "fire", "Z1", "01D01", 50, m, m, 1, null, "too big")));
        // Education: 10 of 10,000 people served by 2030 = 0.1 %, below the half percent the tables show as 0 %.
        assertEquals(Map.of(
                "education", "1 of its 2 projects funded, closing 0.1 % of its gap by 2030; the others: ceilings"
                        + " spent (1 of its 1 unfunded)",
                "fire", "too big (1 of its 1 projects)"), o.sectorsWithNothing());
    }
}
