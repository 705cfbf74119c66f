package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.RuleInfo;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.TerritorialUnit;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded standards written by hand in plain Java, with no rule engine: the benchmark's baseline. It reads the
 * same parameters and rule metadata and must give exactly the engine's lines (the benchmark checks it). It does not
 * flag redundant establishments, so it is only comparable on inventories without coordinates.
 */
public final class StraightforwardBaseline {
    private final ParameterValues p;
    private final Map<String, RuleInfo> rules = new HashMap<>();
    private final Catalogue catalogue;

    /** A baseline over the engine's catalogue and rule metadata. */
    public StraightforwardBaseline(Catalogue catalogue, List<RuleInfo> ruleInfo) {
        this.catalogue = catalogue;
        this.p = new ParameterValues(catalogue);
        ruleInfo.forEach(r -> rules.put(r.name(), r));
    }

    private BigDecimal v(String key) {
        return p.value(key);
    }

    private long w(String key) {
        return p.whole(key);
    }

    private static long ceil(long driver, BigDecimal num, BigDecimal den) {
        return BigDecimal.valueOf(driver).multiply(num).divide(den, 0, RoundingMode.CEILING).longValueExact();
    }

    /** A requirement counting the typologies named, widened by the catalogue's substitutions as the engine does. */
    private Requirement req(String rule, UnitCode unit, String typology, Measure m, long qty, Set<String> supply,
                            String inputs) {
        RuleInfo r = rules.get(rule);
        if (r == null) {
            throw new IllegalStateException("rule \"" + rule + "\" is not in the rule base");
        }
        return new Requirement(unit, r.sector(), typology, m, qty, catalogue.countedSupply(supply, m), rule,
                r.standard(), r.provenance(), inputs);
    }

    private Requirement req(String rule, UnitCode unit, String typology, Measure m, long qty, String inputs) {
        return req(rule, unit, typology, m, qty, Set.of(typology), inputs);
    }

    private static String pl(BigDecimal b) {
        return b.toPlainString();
    }

    /** The requirements of every unit, in no particular order. */
    public List<Requirement> requirements(Territory t) {
        List<Requirement> out = new ArrayList<>();
        for (TerritorialUnit u : t.units(Level.CIRCUIT)) {
            circuit(u.code(), t.demographics(u.code()), out);
        }
        for (TerritorialUnit u : t.units(Level.DISTRICT)) {
            district(u.code(), t.demographics(u.code()), out);
        }
        for (TerritorialUnit u : t.units(Level.ZONE)) {
            zone(u.code(), t.demographics(u.code()).total(), out);
        }
        if (!t.zones().isEmpty()) {
            nation(t.nation().code(), t.demographics(t.nation().code()).total(), out);
        }
        return out;
    }

    private void circuit(UnitCode c, Demographics d, List<Requirement> out) {
        long pop = d.total();
        if (pop < w("HEALTH-POST/below_population")) {
            out.add(req("A circuit of fewer than 2,000 people needs one health post", c, "PUESTO_SALUD",
                    Measure.ESTABLISHMENTS, 1, "population=" + pop));
        }
        if (pop >= w("HEALTH-CS-A/min_population")) {
            BigDecimal per = v("HEALTH-CS-A/population_per_centre");
            out.add(req("A circuit of at least 2,000 people needs a health centre type A per 10,000 people", c, "CS_A",
                    Measure.ESTABLISHMENTS, Math.max(1, ceil(pop, BigDecimal.ONE, per)),
                    "population=" + pop + "; population_per_centre=" + pl(per)));
        }
        education(c, d, out);
        inclusion(c, d, out);
        BigDecimal perUnit = v("POL-UPC/people_per_unit");
        String police = "population=" + pop + "; people_per_unit=" + pl(perUnit);
        if (pop < w("POL-UPC/people_per_unit")) {
            out.add(req("A circuit smaller than a police subcircuit needs one community police unit type B", c, "UPC_B",
                    Measure.ESTABLISHMENTS, 1, police));
        } else {
            out.add(req("A circuit of at least a police subcircuit needs a community police unit type A per"
                    + " subcircuit", c, "UPC_A", Measure.ESTABLISHMENTS, Math.max(1, ceil(pop, BigDecimal.ONE,
                    perUnit)), police));
        }
    }

    private void education(UnitCode c, Demographics d, List<Requirement> out) {
        long school = d.schoolAge5to17();
        String typology;
        String rule;
        if (school >= w("EDU-SEATS/mayor_min_students")) {
            typology = "UEM_MAYOR";
            rule = "A circuit of at least 2,280 school-age children needs seats for them in large Millennium schools";
        } else if (school >= w("EDU-SEATS/menor_min_students")) {
            typology = "UEM_MENOR";
            rule = "A circuit of 1,140 to 2,279 school-age children needs seats for them in small Millennium schools";
        } else {
            typology = "SIGLO_XXI";
            rule = "A circuit of fewer than 1,140 school-age children needs seats for them in Siglo XXI schools";
        }
        BigDecimal initial = v("EDU-SEATS/initial_share");
        BigDecimal basic = v("EDU-SEATS/basic_share");
        BigDecimal upper = v("EDU-SEATS/bachillerato_share");
        long places = BigDecimal.valueOf(d.children3to4()).multiply(initial)
                .add(BigDecimal.valueOf(d.schoolAge5to14()).multiply(basic))
                .add(BigDecimal.valueOf(d.schoolAge15to17()).multiply(upper))
                .setScale(0, RoundingMode.CEILING).longValueExact();
        out.add(req(rule, c, typology, Measure.PLACES, places, "children_3_4=" + d.children3to4() + " x " + pl(initial)
                + "; school_age_5_14=" + d.schoolAge5to14() + " x " + pl(basic) + "; school_age_15_17="
                + d.schoolAge15to17() + " x " + pl(upper)));
        out.add(req(rule, c, typology, Measure.ESTABLISHMENTS, 1, "school_age=" + school));
        BigDecimal ratio = v("EDU-TEACHERS/students_per_teacher");
        out.add(req("School seats need one teacher per 35 students", c, typology, Measure.STAFF,
                ceil(places, BigDecimal.ONE, ratio), "seats=" + places + "; students_per_teacher=" + pl(ratio)));
    }

    private void inclusion(UnitCode c, Demographics d, List<Requirement> out) {
        BigDecimal share = v("INCL-CIBV/target_share");
        long oneToTwo = d.children1to2();
        long under1 = Math.max(0, d.children0to2() - oneToTwo);
        boolean cibv = share.multiply(BigDecimal.valueOf(oneToTwo)).compareTo(v("INCL-CIBV/min_children")) >= 0;
        long home = -1;
        String homeRule = null;
        String homeInputs = null;
        if (cibv) {
            long target = ceil(oneToTwo, share, BigDecimal.ONE);
            out.add(req("A circuit with at least 40 target children aged 1 to 2 needs CIBV places for them", c, "CIBV",
                    Measure.PLACES, target, "children_1_2=" + oneToTwo + " x " + pl(share)));
            BigDecimal size = v("INCL-CIBV/children_per_centre");
            out.add(req("CIBV places need a centre per 60 children", c, "CIBV", Measure.ESTABLISHMENTS,
                    ceil(target, BigDecimal.ONE, size), "places=" + target + "; children_per_centre=" + pl(size)));
            BigDecimal per = v("INCL-CIBV/children_per_educator");
            out.add(req("CIBV places need one educator per 10 children", c, "CIBV", Measure.STAFF,
                    ceil(target, BigDecimal.ONE, per), "places=" + target + "; children_per_educator=" + pl(per)));
            if (under1 > 0) {
                home = ceil(under1, share, BigDecimal.ONE);
                homeRule = "A circuit with a CIBV needs home visits for its target children under one";
                homeInputs = "children_under_1=" + under1 + " x " + pl(share);
            }
        } else if (d.children0to2() > 0) {
            home = ceil(d.children0to2(), share, BigDecimal.ONE);
            homeRule = "A circuit below the CIBV minimum needs home visits for all its target children under three";
            homeInputs = "children_0_2=" + d.children0to2() + " x " + pl(share);
        }
        if (home >= 0) {
            out.add(req(homeRule, c, "CNH", Measure.PLACES, home, cibv ? Set.of("CNH") : Set.of("CNH", "CIBV"),
                    homeInputs));
            BigDecimal per = v("INCL-CNH/children_per_educator");
            out.add(req("Home visits need one family educator per 60 children", c, "CNH", Measure.STAFF,
                    ceil(home, BigDecimal.ONE, per), "places=" + home + "; children_per_educator=" + pl(per)));
        }
    }

    private void district(UnitCode d, Demographics demographics, List<Requirement> out) {
        long pop = demographics.total();
        if (pop >= w("HEALTH-CS-B/min_population") && pop <= w("HEALTH-CS-B/max_population")) {
            out.add(req("A district of 10,000 to 25,000 people needs one health centre type B", d, "CS_B",
                    Measure.ESTABLISHMENTS, 1, "population=" + pop));
        }
        if (pop > w("HEALTH-CS-C/above_population")) {
            BigDecimal perC = v("HEALTH-CS-C/population_per_centre");
            out.add(req("A district of more than 25,000 people needs a health centre type C per 50,000 people", d,
                    "CS_C", Measure.ESTABLISHMENTS, Math.max(1, ceil(pop, BigDecimal.ONE, perC)), "population=" + pop
                            + "; population_per_centre=" + pl(perC)));
        }
        BigDecimal hospitals = v("HEALTH-HOSPITAL-BASIC/hospitals_per_district");
        out.add(req("A district needs a basic hospital unless a general hospital serves it", d, "HOSPITAL_BASICO",
                Measure.ESTABLISHMENTS, w("HEALTH-HOSPITAL-BASIC/hospitals_per_district"),
                "hospitals_per_district=" + pl(hospitals)));
        BigDecimal basic = v("HEALTH-BEDS/basic_beds");
        BigDecimal perBeds = v("HEALTH-BEDS/per_population");
        long minBeds = w("HEALTH-BEDS/min_basic_beds");
        out.add(req("A district needs basic-hospital beds for its people", d, "HOSPITAL_BASICO", Measure.PLACES,
                Math.max(minBeds, ceil(pop, basic, perBeds)), "population=" + pop + "; basic_beds_per_population="
                        + pl(basic) + "/" + pl(perBeds) + "; min_basic_beds=" + pl(v("HEALTH-BEDS/min_basic_beds"))));
        BigDecimal staff = v("HEALTH-STAFF/professionals");
        BigDecimal perStaff = v("HEALTH-STAFF/per_population");
        BigDecimal share = v("HEALTH-STAFF/professional_share");
        out.add(req("A district needs 23 doctors, nurses and midwives per 10,000 people", d, "EQUIPO_SALUD",
                Measure.STAFF, ceil(pop, staff, perStaff.multiply(share)), Set.of("EQUIPO_SALUD", "PUESTO_SALUD",
                        "CS_A", "CS_B", "CS_C", "HOSPITAL_BASICO", "HOSPITAL_GENERAL", "HOSPITAL_ESPECIALIZADO"),
                "population=" + pop + "; professionals_per_population=" + pl(staff) + "/" + pl(perStaff)
                        + "; professional_share=" + pl(share)));
        office("A district needs a district health directorate", d, "DIRECCION_DISTRITAL_SALUD", "HEALTH-DET",
                "directorates_per_district", out);
        office("A district needs a district education directorate", d, "DIRECCION_DISTRITAL_EDUCACION", "EDU-DET",
                "directorates_per_district", out);
        office("A district needs a district MIES directorate", d, "DIRECCION_DISTRITAL_MIES", "INCL-DET",
                "directorates_per_district", out);
        long elderly = demographics.adults65Plus();
        if (elderly >= w("INCL-ELDERLY/min_adults_65_plus")) {
            out.add(req("A district with at least 70 people aged 65 and over needs a gerontological day centre", d,
                    "GERONTOLOGICO_DIURNO", Measure.ESTABLISHMENTS, w("INCL-ELDERLY/centres_per_district"),
                    "adults_65_plus=" + elderly + "; centres_per_district=" + pl(v("INCL-ELDERLY/centres_per_district"))));
        }
        office("A district needs a day centre for people with disabilities", d, "DISCAPACIDAD_DIURNO",
                "INCL-DISABILITY", "day_centres_per_district", out);
        BigDecimal units = v("POL-UVC/units_per_district");
        out.add(req("A district needs one district police unit", d, "UVC", Measure.ESTABLISHMENTS,
                w("POL-UVC/units_per_district"), "units_per_district=" + pl(units)));
        out.add(req("A district needs four police per 1,000 people", d, "UVC", Measure.STAFF,
                ceil(pop, v("POL-DENSITY/police"), v("POL-DENSITY/per_population")), Set.of("UPC_A", "UPC_B", "UVC"),
                "population=" + pop));
        BigDecimal perS = v("FIRE-STATION/population_per_station");
        out.add(req("A district needs a fire station per 50,000 people, at least one", d, "ESTACION_BOMBEROS",
                Measure.ESTABLISHMENTS, Math.max(1, ceil(pop, BigDecimal.ONE, perS)),
                "population=" + pop + "; population_per_station=" + pl(perS)));
        out.add(req("A district needs one firefighter per 1,000 people", d, "ESTACION_BOMBEROS", Measure.STAFF,
                ceil(pop, v("FIRE-STAFF/firefighters"), v("FIRE-STAFF/per_population")), "population=" + pop));
    }

    /** A fixed number of establishments per unit, the parameter's whole value. */
    private void office(String rule, UnitCode u, String typology, String standard, String name,
                        List<Requirement> out) {
        out.add(req(rule, u, typology, Measure.ESTABLISHMENTS, w(standard + "/" + name), name + "="
                + pl(v(standard + "/" + name))));
    }

    private void zone(UnitCode z, long pop, List<Requirement> out) {
        BigDecimal beds = v("HEALTH-BEDS/beds");
        BigDecimal basic = v("HEALTH-BEDS/basic_beds");
        BigDecimal per = v("HEALTH-BEDS/per_population");
        long bedCount = ceil(pop, beds.subtract(basic), per);
        out.add(req("A zone needs general-hospital beds for the rest of two beds per 1,000 people", z,
                "HOSPITAL_GENERAL", Measure.PLACES, bedCount, "population=" + pop + "; beds_per_population="
                        + pl(beds) + "/" + pl(per) + "; of_which_basic_hospitals=" + pl(basic) + "/" + pl(per)));
        BigDecimal size = v("HEALTH-BEDS/beds_per_hospital");
        out.add(req("A zone needs a general hospital per 300 beds it requires", z, "HOSPITAL_GENERAL",
                Measure.ESTABLISHMENTS, ceil(bedCount, BigDecimal.ONE, size), "beds=" + bedCount
                        + "; beds_per_hospital=" + pl(size)));
        BigDecimal rate = v("REHAB-CRS/inmates");
        BigDecimal perP = v("REHAB-CRS/per_population");
        BigDecimal margin = v("REHAB-CRS/margin");
        BigDecimal pretrial = v("REHAB-CRS/pretrial_share");
        out.add(req("A zone needs pre-trial detention places for its projected detainees with a margin", z, "CDP",
                Measure.PLACES, ceil(pop, rate.multiply(pretrial).multiply(margin), perP), "population=" + pop
                        + "; inmates_per_population=" + pl(rate) + "/" + pl(perP) + "; pretrial_share="
                        + pl(pretrial) + "; margin=" + pl(margin)));
        office("A zone needs one juvenile detention centre", z, "CAI", "REHAB-CAI", "centres_per_zone", out);
        office("A zone needs a reference and shelter centre for people with disabilities", z,
                "CENTRO_REFERENCIA_ACOGIDA", "INCL-DISABILITY", "shelters_per_zone", out);
        office("A zone needs a zonal health coordination", z, "COORDINACION_ZONAL_SALUD", "HEALTH-DET",
                "coordinations_per_zone", out);
        office("A zone needs a zonal education coordination", z, "COORDINACION_ZONAL_EDUCACION", "EDU-DET",
                "coordinations_per_zone", out);
        office("A zone needs a zonal MIES coordination", z, "COORDINACION_ZONAL_MIES", "INCL-DET",
                "coordinations_per_zone", out);
        office("A zone needs a zonal coordination of the Interior ministry", z, "COORDINACION_ZONAL_INTERIOR",
                "POL-DET", "coordinations_per_zone", out);
        office("A zone needs a zonal coordination of the rehabilitation system", z, "COORDINACION_ZONAL_SNAI",
                "REHAB-DET", "coordinations_per_zone", out);
        office("A zone needs a zonal coordination of risk management", z, "COORDINACION_ZONAL_SGR", "FIRE-DET",
                "coordinations_per_zone", out);
    }

    private void nation(UnitCode n, long pop, List<Requirement> out) {
        BigDecimal rate = v("REHAB-CRS/inmates");
        BigDecimal perP = v("REHAB-CRS/per_population");
        BigDecimal margin = v("REHAB-CRS/margin");
        BigDecimal inPrisons = BigDecimal.ONE.subtract(v("REHAB-CRS/pretrial_share"));
        long places = ceil(pop, rate.multiply(inPrisons).multiply(margin), perP);
        out.add(req("The nation needs prison places for its projected sentenced inmates with a margin", n,
                "CRS_REGIONAL", Measure.PLACES, places, "population=" + pop + "; inmates_per_population=" + pl(rate)
                        + "/" + pl(perP) + "; in_prisons=" + pl(inPrisons) + "; margin=" + pl(margin)));
        BigDecimal prison = v("REHAB-CRS/places_per_prison");
        out.add(req("Prison places need a regional prison per 4,000 places", n, "CRS_REGIONAL", Measure.ESTABLISHMENTS,
                ceil(places, BigDecimal.ONE, prison), "places=" + places + "; places_per_prison=" + pl(prison)));
    }

    /** Standard and roll-up lines, sorted as the engine sorts them. */
    public List<DeficitLine> lines(Territory t, Inventory inventory) {
        Map<UnitCode, Map<String, long[]>> within = new HashMap<>();
        Map<UnitCode, UnitCode> circuitOfParish = new HashMap<>();
        for (Circuit c : t.circuits()) {
            c.parishes().forEach(s -> circuitOfParish.putIfAbsent(s.parish(), c.code()));
        }
        for (Establishment e : inventory.establishments()) {
            if (e.condition() == Condition.UNUSABLE) {
                continue;
            }
            Typology ty = catalogue.typology(e.typology()).orElseThrow();
            UnitCode at = e.circuit() != null ? e.circuit() : circuitOfParish.get(e.parish());
            while (at.level() != ty.level()) {
                at = t.parent(at).orElseThrow();
            }
            boolean repair = e.condition() == Condition.NEEDS_REPAIR;
            for (UnitCode u = at; u != null; u = t.parent(u).orElse(null)) {
                long[] s = within.computeIfAbsent(u, k -> new HashMap<>()).computeIfAbsent(e.typology(),
                        k -> new long[6]);
                s[0]++;
                s[1] += e.capacity();
                s[2] += e.staff();
                if (repair) {
                    s[3]++;
                    s[4] += e.capacity();
                    s[5] += e.staff();
                }
            }
        }
        record Key(UnitCode unit, String typology, Measure measure, String rule) {
        }
        List<DeficitLine> lines = new ArrayList<>();
        Map<Key, long[]> sums = new HashMap<>();
        Map<Key, DeficitLine> sample = new HashMap<>();
        for (Requirement r : requirements(t)) {
            int m = r.measure().ordinal();
            long usable = 0;
            long repair = 0;
            Map<String, long[]> here = within.getOrDefault(r.unitCode(), Map.of());
            for (String s : r.supply()) {
                long[] x = here.get(s);
                if (x != null) {
                    usable += x[m];
                    repair += x[3 + m];
                }
            }
            DeficitLine l = new DeficitLine(DeficitLine.Scope.STANDARD, r.unitCode(), t.unit(r.unitCode()).name(),
                    r.sector(), r.typology(), r.measure(), r.quantity(), usable, repair,
                    Math.max(0, r.quantity() - usable), Math.max(0, usable - r.quantity()), r.rule(), r.standard(),
                    r.provenance(), r.inputs());
            lines.add(l);
            for (UnitCode a = t.parent(l.code()).orElse(null); a != null; a = t.parent(a).orElse(null)) {
                Key key = new Key(a, l.typology(), l.measure(), l.rule());
                long[] s = sums.computeIfAbsent(key, k -> new long[6]);
                s[0] += l.required();
                s[1] += l.usableSupply();
                s[2] += l.repairSupply();
                s[3] += l.deficit();
                s[4] += l.surplus();
                s[5]++;
                sample.putIfAbsent(key, new DeficitLine(DeficitLine.Scope.ROLLUP, a, t.unit(a).name(), l.sector(),
                        l.typology(), l.measure(), 0, 0, 0, 0, 0, l.rule(), l.standard(), l.provenance(), ""));
            }
        }
        sums.forEach((k, s) -> {
            DeficitLine x = sample.get(k);
            lines.add(new DeficitLine(DeficitLine.Scope.ROLLUP, x.code(), x.name(), x.sector(), x.typology(),
                    x.measure(), s[0], s[1], s[2], s[3], s[4], x.rule(), x.standard(), x.provenance(),
                    "units=" + s[5]));
        });
        lines.sort(DeficitLine.ORDER);
        return lines;
    }

}
