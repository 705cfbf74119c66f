package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Parameter;
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
public final class BaselineEvaluator {
    private static final Set<String> SCHOOLS = Set.of("ESCUELA", "UEM_MAYOR", "UEM_MENOR", "SIGLO_XXI");
    private final Map<String, BigDecimal> p = new HashMap<>();
    private final Map<String, RuleInfo> rules = new HashMap<>();
    private final Catalogue catalogue;

    /** A baseline over the engine's catalogue and rule metadata. */
    public BaselineEvaluator(Catalogue catalogue, List<RuleInfo> ruleInfo) {
        this.catalogue = catalogue;
        for (Parameter x : catalogue.parameters()) {
            p.put(x.standard() + "/" + x.name(), x.value());
        }
        ruleInfo.forEach(r -> rules.put(r.name(), r));
    }

    private BigDecimal v(String key) {
        BigDecimal x = p.get(key);
        if (x == null) {
            throw new IllegalStateException("parameter " + key + " is missing");
        }
        return x;
    }

    private long w(String key) {
        return v(key).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long ceil(long driver, BigDecimal num, BigDecimal den) {
        return BigDecimal.valueOf(driver).multiply(num).divide(den, 0, RoundingMode.CEILING).longValueExact();
    }

    private Requirement req(String rule, UnitCode unit, String typology, Measure m, long qty, Set<String> supply,
                            String inputs) {
        RuleInfo r = rules.get(rule);
        if (r == null) {
            throw new IllegalStateException("rule \"" + rule + "\" is not in the rule base");
        }
        return new Requirement(unit, r.sector(), typology, m, qty, supply, rule, r.standard(), r.provenance(), inputs);
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
            district(u.code(), t.demographics(u.code()).total(), out);
        }
        for (TerritorialUnit u : t.units(Level.ZONE)) {
            zone(u.code(), t.demographics(u.code()).total(), out);
        }
        return out;
    }

    private void circuit(UnitCode c, Demographics d, List<Requirement> out) {
        long pop = d.total();
        if (pop < w("HEALTH-POST/below_population")) {
            out.add(req("A circuit of fewer than 2,000 people needs one health post", c, "PUESTO_SALUD",
                    Measure.ESTABLISHMENTS, 1, Set.of("PUESTO_SALUD", "CS_A", "CS_B"), "population=" + pop));
        }
        if (pop >= w("HEALTH-CS-A/min_population") && pop <= w("HEALTH-CS-A/max_population")) {
            out.add(req("A circuit of 2,000 to 10,000 people needs one health centre type A", c, "CS_A",
                    Measure.ESTABLISHMENTS, 1, Set.of("CS_A", "CS_B"), "population=" + pop));
        }
        if (pop > w("HEALTH-CS-B/above_population")) {
            BigDecimal per = v("HEALTH-CS-B/population_per_centre");
            out.add(req("A circuit of more than 10,000 people needs a health centre type B per 25,000", c, "CS_B",
                    Measure.ESTABLISHMENTS, Math.max(1, ceil(pop, BigDecimal.ONE, per)), Set.of("CS_B"),
                    "population=" + pop + "; population_per_centre=" + pl(per)));
        }
        long school = d.schoolAge5to17();
        String typology;
        String rule;
        BigDecimal seats;
        if (school >= w("EDU-SEATS/mayor_min_students")) {
            typology = "UEM_MAYOR";
            rule = "A circuit of at least 2,280 school-age children needs seats in large Millennium schools";
            seats = v("EDU-SEATS/mayor_seats");
        } else if (school >= w("EDU-SEATS/menor_min_students")) {
            typology = "UEM_MENOR";
            rule = "A circuit of 1,140 to 2,279 school-age children needs seats in small Millennium schools";
            seats = v("EDU-SEATS/menor_seats");
        } else {
            typology = "SIGLO_XXI";
            rule = "A circuit of fewer than 1,140 school-age children needs seats in Siglo XXI schools";
            seats = v("EDU-SEATS/siglo_xxi_seats");
        }
        long places = ceil(school, v("EDU-SEATS/enrolment_share"), BigDecimal.ONE);
        out.add(req(rule, c, typology, Measure.PLACES, places, SCHOOLS, "school_age=" + school));
        out.add(req(rule, c, typology, Measure.ESTABLISHMENTS, ceil(places, BigDecimal.ONE, seats), Set.of(typology),
                "seats=" + places + "; seats_per_school=" + pl(seats)));
        BigDecimal ratio = v("EDU-TEACHERS/students_per_teacher");
        out.add(req("School seats need one teacher per 35 students", c, typology, Measure.STAFF,
                ceil(places, BigDecimal.ONE, ratio), SCHOOLS, "seats=" + places + "; students_per_teacher="
                        + pl(ratio)));
        long young = d.children0to2();
        BigDecimal share = v("INCL-CIBV/target_share");
        boolean cibv = share.multiply(BigDecimal.valueOf(young)).compareTo(v("INCL-CIBV/min_children")) >= 0;
        long target = ceil(young, share, BigDecimal.ONE);
        String inputs = "children_0_2=" + young + "; target_share=" + pl(share);
        if (cibv) {
            out.add(req("A circuit with at least 40 target children needs CIBV places for them", c, "CIBV",
                    Measure.PLACES, target, Set.of("CIBV"), inputs));
            BigDecimal size = v("INCL-CIBV/children_per_centre");
            out.add(req("CIBV places need a centre per 60 children", c, "CIBV", Measure.ESTABLISHMENTS,
                    ceil(target, BigDecimal.ONE, size), Set.of("CIBV"), "places=" + target + "; children_per_centre="
                            + pl(size)));
            BigDecimal per = v("INCL-CIBV/children_per_educator");
            out.add(req("CIBV places need one educator per 10 children", c, "CIBV", Measure.STAFF,
                    ceil(target, BigDecimal.ONE, per), Set.of("CIBV"), "places=" + target
                            + "; children_per_educator=" + pl(per)));
        } else if (young > 0) {
            String name = "A circuit below the CIBV minimum needs home visits for its target children";
            out.add(req(name, c, "CNH", Measure.PLACES, target, Set.of("CNH"), inputs));
            BigDecimal per = v("INCL-CNH/children_per_educator");
            out.add(req(name, c, "CNH", Measure.STAFF, ceil(target, BigDecimal.ONE, per), Set.of("CNH"),
                    "places=" + target + "; children_per_educator=" + pl(per)));
        }
        if (pop >= w("POL-UPC-A/dense_population")) {
            out.add(req("A circuit of at least 15,000 people needs one community police unit type A", c, "UPC_A",
                    Measure.ESTABLISHMENTS, 1, Set.of("UPC_A", "UPC_B"), "population=" + pop));
        }
        if (pop < w("POL-UPC-B/dense_population")) {
            out.add(req("A circuit of fewer than 15,000 people needs one community police unit type B", c, "UPC_B",
                    Measure.ESTABLISHMENTS, 1, Set.of("UPC_A", "UPC_B"), "population=" + pop));
        }
    }

    private void district(UnitCode d, long pop, List<Requirement> out) {
        BigDecimal perC = v("HEALTH-CS-C/population_per_centre");
        out.add(req("A district needs a health centre type C per 50,000 people", d, "CS_C", Measure.ESTABLISHMENTS,
                Math.max(1, ceil(pop, BigDecimal.ONE, perC)), Set.of("CS_C"), "population=" + pop
                        + "; population_per_centre=" + pl(perC)));
        out.add(req("A district needs 23 doctors, nurses and midwives per 10,000 people", d, "EQUIPO_SALUD",
                Measure.STAFF, ceil(pop, v("HEALTH-STAFF/professionals"), v("HEALTH-STAFF/per_population")),
                Set.of("PUESTO_SALUD", "CS_A", "CS_B", "CS_C", "HOSPITAL_GENERAL"), "population=" + pop));
        BigDecimal units = v("POL-UVC/units_per_district");
        out.add(req("A district needs one district police unit", d, "UVC", Measure.ESTABLISHMENTS,
                w("POL-UVC/units_per_district"), Set.of("UVC"), "units_per_district=" + pl(units)));
        out.add(req("A district needs four police per 1,000 people", d, "UVC", Measure.STAFF,
                ceil(pop, v("POL-DENSITY/police"), v("POL-DENSITY/per_population")), Set.of("UPC_A", "UPC_B", "UVC"),
                "population=" + pop));
        BigDecimal perS = v("FIRE-STATION/population_per_station");
        out.add(req("A district needs a fire station per 50,000 people, at least one", d, "ESTACION_BOMBEROS",
                Measure.ESTABLISHMENTS, Math.max(1, ceil(pop, BigDecimal.ONE, perS)), Set.of("ESTACION_BOMBEROS"),
                "population=" + pop + "; population_per_station=" + pl(perS)));
        out.add(req("A district needs one firefighter per 1,000 people", d, "ESTACION_BOMBEROS", Measure.STAFF,
                ceil(pop, v("FIRE-STAFF/firefighters"), v("FIRE-STAFF/per_population")), Set.of("ESTACION_BOMBEROS"),
                "population=" + pop));
    }

    private void zone(UnitCode z, long pop, List<Requirement> out) {
        BigDecimal beds = v("HEALTH-BEDS/beds");
        BigDecimal per = v("HEALTH-BEDS/per_population");
        long bedCount = ceil(pop, beds, per);
        out.add(req("A zone needs two hospital beds per 1,000 people", z, "HOSPITAL_GENERAL", Measure.PLACES,
                bedCount, Set.of("HOSPITAL_GENERAL"), "population=" + pop + "; beds_per_population=" + pl(beds) + "/"
                        + pl(per)));
        BigDecimal size = v("HEALTH-BEDS/beds_per_hospital");
        out.add(req("A zone needs a general hospital per 300 beds it requires", z, "HOSPITAL_GENERAL",
                Measure.ESTABLISHMENTS, ceil(bedCount, BigDecimal.ONE, size), Set.of("HOSPITAL_GENERAL"),
                "beds=" + bedCount + "; beds_per_hospital=" + pl(size)));
        BigDecimal rate = v("REHAB-CRS/inmates");
        BigDecimal perP = v("REHAB-CRS/per_population");
        BigDecimal margin = v("REHAB-CRS/margin");
        long places = ceil(pop, rate.multiply(margin), perP);
        out.add(req("A zone needs prison places for its projected inmates with a margin", z, "CRS_REGIONAL",
                Measure.PLACES, places, Set.of("CRS_REGIONAL"), "population=" + pop + "; inmates_per_population="
                        + pl(rate) + "/" + pl(perP) + "; margin=" + pl(margin)));
        BigDecimal prison = v("REHAB-CRS/places_per_prison");
        out.add(req("Prison places need a regional prison per 4,000 places", z, "CRS_REGIONAL", Measure.ESTABLISHMENTS,
                ceil(places, BigDecimal.ONE, prison), Set.of("CRS_REGIONAL"), "places=" + places
                        + "; places_per_prison=" + pl(prison)));
        out.add(req("A zone needs one juvenile detention centre", z, "CAI", Measure.ESTABLISHMENTS,
                w("REHAB-CAI/centres_per_zone"), Set.of("CAI"), "centres_per_zone="
                        + pl(v("REHAB-CAI/centres_per_zone"))));
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
