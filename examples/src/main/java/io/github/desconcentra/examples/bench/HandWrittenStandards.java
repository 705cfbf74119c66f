package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.RuleInfo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The embedded standards as plain Java for {@link BaselineEvaluator}: each rule's requirement computed over exact
 * integer fractions of the catalogue's parameters (a {@link BigDecimal} only if a product would overflow a
 * {@code long}), the explanation text built as the rule builds it. A requirement's kind is its rule, typology and
 * measure, which fix its sector, standard, provenance and the typologies counted against it.
 */
final class HandWrittenStandards {
    /** One rule, typology and measure: everything a line of it shares. */
    static final class Kind {
        final int id;
        final String rule;
        final String typology;
        final Measure measure;
        final Sector sector;
        final int depth;
        final String standard;
        final Provenance provenance;
        /** The typologies counted, widened by the substitutions. */
        final Set<String> supply;
        /** Indices of the counted typologies planned at the requirement's level or finer, in code order. */
        final int[] counting;
        /** The same with the requirement's own typology first. */
        final int[] ownFirst;
        /** The weakest of the rule's status and its standard's parameters' (ordinal). */
        final int baseStatus;
        final String ownComparison;
        int group;
        int rank;

        Kind(int id, RuleInfo info, String typology, Measure measure, Level level, Set<String> supply,
             BaselineEvaluator.Typologies typologies, Provenance.Status parameters) {
            this.id = id;
            this.rule = info.name();
            this.typology = typology;
            this.measure = measure;
            this.sector = info.sector();
            this.depth = level.depth();
            this.standard = info.standard();
            this.provenance = info.provenance();
            this.supply = supply;
            List<Integer> typs = new ArrayList<>();
            for (String code : new TreeSet<>(supply)) {
                int t = typologies.of(code);
                if (t >= 0 && typologies.depth[t] >= depth) {
                    typs.add(t);
                }
            }
            counting = typs.stream().mapToInt(Integer::intValue).toArray();
            Integer self = typologies.of(typology);
            if (self >= 0 && typs.remove(self)) {
                typs.add(0, self);
            }
            ownFirst = typs.stream().mapToInt(Integer::intValue).toArray();
            baseStatus = Provenance.Status.weakest(provenance.status(), parameters).ordinal();
            ownComparison = "at its own " + level.id() + ": the supply counted is located there";
        }
    }

    /** Sums of compared lines per ancestor unit: {@code n[unit * 6 + i]}, required .. surplus, then units. */
    static final class RollUp {
        final long[] n;
        /** Assessment ordinal + 1, 0 when none. */
        final byte[] assessment;
        /** Status ordinal + 1. */
        final byte[] status;
        final long[] sources;

        RollUp(int units) {
            n = new long[units * 6];
            assessment = new byte[units];
            status = new byte[units];
            sources = new long[units];
        }
    }

    /**
     * The requirements that compete for supply, grouped as the engine groups them: same sector, measure and level,
     * counted typologies overlapping (transitively), among the kinds that required something.
     */
    static final class Components {
        /** Component of each kind (-1 for kinds that required nothing). */
        final int[] of;
        /** Per component: the typologies counted, by index. */
        int[][] typs;
        /** Per component: true when some of its supply is not located to a single unit. */
        boolean[] spread;

        Components(int kinds) {
            of = new int[kinds];
            Arrays.fill(of, -1);
        }
    }

    final List<Kind> kinds = new ArrayList<>();
    private final Catalogue catalogue;
    private final Map<String, RuleInfo> info = new HashMap<>();
    private final ParameterValues p;
    private final Map<String, Provenance.Status> parameterStatus = new HashMap<>();
    private final BaselineEvaluator.Typologies typologies;
    private int groups;

    HandWrittenStandards(Catalogue catalogue, List<RuleInfo> rules, BaselineEvaluator.Typologies typologies) {
        this.catalogue = catalogue;
        this.typologies = typologies;
        rules.forEach(r -> info.put(r.name(), r));
        this.p = new ParameterValues(catalogue);
        for (Parameter x : catalogue.parameters()) {
            parameterStatus.merge(x.standard(), x.provenance().status(), Provenance.Status::weakest);
        }
        defineCircuit();
        defineDistrict();
        defineZoneAndNation();
        List<Kind> sorted = new ArrayList<>(kinds);
        sorted.sort(java.util.Comparator.comparing((Kind k) -> k.sector).thenComparing(k -> k.typology)
                .thenComparing(k -> k.measure).thenComparing(k -> k.rule));
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).rank = i;
        }
        Map<List<Object>, Integer> group = new HashMap<>();
        for (Kind k : kinds) {
            k.group = group.computeIfAbsent(List.of(k.sector, k.measure, k.depth), x -> group.size());
        }
        groups = group.size();
    }

    private BigDecimal v(String key) {
        return p.value(key);
    }

    private long w(String key) {
        return p.whole(key);
    }

    private String pl(String key) {
        return v(key).toPlainString();
    }

    private int kind(String rule, Level level, String typology, Measure m, Set<String> named) {
        RuleInfo r = info.get(rule);
        if (r == null) {
            throw new IllegalStateException("rule \"" + rule + "\" is not in the rule base");
        }
        Kind k = new Kind(kinds.size(), r, typology, m, level, catalogue.countedSupply(named, m), typologies,
                parameterStatus.get(r.standard()));
        kinds.add(k);
        return k.id;
    }

    private int kind(String rule, Level level, String typology, Measure m) {
        return kind(rule, level, typology, m, Set.of(typology));
    }

    /**
     * {@code ceil(driver × numerator / denominator)} for a non-negative driver, with the fraction reduced to two
     * longs once.
     */
    static final class Factor {
        private final BigDecimal numerator;
        private final BigDecimal denominator;
        private final long n;
        private final long d;

        Factor(BigDecimal numerator, BigDecimal denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
            long nn;
            long dd;
            try {
                long[] a = fraction(numerator);
                long[] b = fraction(denominator);
                nn = Math.multiplyExact(a[0], b[1]);
                dd = Math.multiplyExact(a[1], b[0]);
            } catch (ArithmeticException e) {
                nn = -1;
                dd = -1;
            }
            this.n = nn;
            this.d = dd;
        }

        static Factor per(BigDecimal per) {
            return new Factor(BigDecimal.ONE, per);
        }

        long ceilOf(long driver) {
            if (n >= 0 && d > 0 && Math.multiplyHigh(driver, n) == 0) {
                long x = driver * n;
                if (x >= 0) {
                    return x / d + (x % d == 0 ? 0 : 1);
                }
            }
            return BigDecimal.valueOf(driver).multiply(numerator).divide(denominator, 0, RoundingMode.CEILING)
                    .longValueExact();
        }
    }

    /** A non-negative decimal as {numerator, denominator}. */
    static long[] fraction(BigDecimal x) {
        BigInteger u = x.unscaledValue();
        int s = x.scale();
        if (s >= 0) {
            return new long[] {u.longValueExact(), BigInteger.TEN.pow(s).longValueExact()};
        }
        return new long[] {u.multiply(BigInteger.TEN.pow(-s)).longValueExact(), 1};
    }

    /** {@code ceil(Σ people_i × share_i)} over a common decimal scale. */
    static final class Shares {
        private final BigDecimal[] shares;
        private final long[] scaled;
        private final long unit;

        Shares(BigDecimal... shares) {
            this.shares = shares;
            int scale = 0;
            for (BigDecimal s : shares) {
                scale = Math.max(scale, s.scale());
            }
            long[] sc = new long[shares.length];
            long un;
            try {
                for (int i = 0; i < shares.length; i++) {
                    sc[i] = shares[i].setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
                }
                un = BigInteger.TEN.pow(scale).longValueExact();
            } catch (ArithmeticException e) {
                un = -1;
            }
            this.scaled = sc;
            this.unit = un;
        }

        long ceilOf(long... people) {
            if (unit > 0) {
                try {
                    long sum = 0;
                    for (int i = 0; i < people.length; i++) {
                        sum = Math.addExact(sum, Math.multiplyExact(people[i], scaled[i]));
                    }
                    return sum / unit + (sum % unit == 0 ? 0 : 1);
                } catch (ArithmeticException e) {
                    // falls through to the exact decimal sum
                }
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < people.length; i++) {
                sum = sum.add(BigDecimal.valueOf(people[i]).multiply(shares[i]));
            }
            return sum.setScale(0, RoundingMode.CEILING).longValueExact();
        }
    }

    // Circuit rules and their parameters.
    private int healthPost;
    private int centreA;
    private int[] seats;
    private int[] schools;
    private int[] teachers;
    private String[] schoolTypology;
    private int cibvPlaces;
    private int cibvCentres;
    private int cibvEducators;
    private int homeWithCibv;
    private int homeWithoutCibv;
    private int homeEducators;
    private int policeB;
    private int policeA;
    private long postBelow;
    private long centreAMin;
    private Factor perCentreA;
    private String perCentreAText;
    private long mayorMin;
    private long menorMin;
    private Shares seatShares;
    private String initialText;
    private String basicText;
    private String upperText;
    private Factor perTeacher;
    private String perTeacherText;
    private BigDecimal cibvShare;
    private long[] cibvShareFraction;
    private long[] cibvMinFraction;
    private BigDecimal cibvMin;
    private Factor targetShare;
    private String cibvShareText;
    private Factor perCentre;
    private String perCentreText;
    private Factor perEducator;
    private String perEducatorText;
    private Factor perFamilyEducator;
    private String perFamilyEducatorText;
    private long policeSubcircuit;
    private Factor perPoliceUnit;
    private String perPoliceUnitText;

    private void defineCircuit() {
        Level c = Level.CIRCUIT;
        healthPost = kind("A circuit of fewer than 2,000 people needs one health post", c, "PUESTO_SALUD",
                Measure.ESTABLISHMENTS);
        centreA = kind("A circuit of at least 2,000 people needs a health centre type A per 10,000 people", c, "CS_A",
                Measure.ESTABLISHMENTS);
        schoolTypology = new String[] {"UEM_MAYOR", "UEM_MENOR", "SIGLO_XXI"};
        String[] seatRules = {
            "A circuit of at least 2,280 school-age children needs seats for them in large Millennium schools",
            "A circuit of 1,140 to 2,279 school-age children needs seats for them in small Millennium schools",
            "A circuit of fewer than 1,140 school-age children needs seats for them in Siglo XXI schools"};
        seats = new int[3];
        schools = new int[3];
        teachers = new int[3];
        for (int i = 0; i < 3; i++) {
            seats[i] = kind(seatRules[i], c, schoolTypology[i], Measure.PLACES);
            schools[i] = kind(seatRules[i], c, schoolTypology[i], Measure.ESTABLISHMENTS);
            teachers[i] = kind("School seats need one teacher per 35 students", c, schoolTypology[i], Measure.STAFF);
        }
        cibvPlaces = kind("A circuit with at least 40 target children aged 1 to 2 needs CIBV places for them", c,
                "CIBV", Measure.PLACES);
        cibvCentres = kind("CIBV places need a centre per 60 children", c, "CIBV", Measure.ESTABLISHMENTS);
        cibvEducators = kind("CIBV places need one educator per 10 children", c, "CIBV", Measure.STAFF);
        homeWithCibv = kind("A circuit with a CIBV needs home visits for its target children under one", c, "CNH",
                Measure.PLACES, Set.of("CNH"));
        homeWithoutCibv = kind("A circuit below the CIBV minimum needs home visits for all its target children under"
                + " three", c, "CNH", Measure.PLACES, Set.of("CNH", "CIBV"));
        homeEducators = kind("Home visits need one family educator per 60 children", c, "CNH", Measure.STAFF);
        policeB = kind("A circuit smaller than a police subcircuit needs one community police unit type B", c, "UPC_B",
                Measure.ESTABLISHMENTS);
        policeA = kind("A circuit of at least a police subcircuit needs a community police unit type A per subcircuit",
                c, "UPC_A", Measure.ESTABLISHMENTS);
        postBelow = w("HEALTH-POST/below_population");
        centreAMin = w("HEALTH-CS-A/min_population");
        perCentreA = Factor.per(v("HEALTH-CS-A/population_per_centre"));
        perCentreAText = "; population_per_centre=" + pl("HEALTH-CS-A/population_per_centre");
        mayorMin = w("EDU-SEATS/mayor_min_students");
        menorMin = w("EDU-SEATS/menor_min_students");
        seatShares = new Shares(v("EDU-SEATS/initial_share"), v("EDU-SEATS/basic_share"),
                v("EDU-SEATS/bachillerato_share"));
        initialText = " x " + pl("EDU-SEATS/initial_share") + "; school_age_5_14=";
        basicText = " x " + pl("EDU-SEATS/basic_share") + "; school_age_15_17=";
        upperText = " x " + pl("EDU-SEATS/bachillerato_share");
        perTeacher = Factor.per(v("EDU-TEACHERS/students_per_teacher"));
        perTeacherText = "; students_per_teacher=" + pl("EDU-TEACHERS/students_per_teacher");
        cibvShare = v("INCL-CIBV/target_share");
        cibvMin = v("INCL-CIBV/min_children");
        cibvShareFraction = fraction(cibvShare);
        cibvMinFraction = fraction(cibvMin);
        targetShare = new Factor(cibvShare, BigDecimal.ONE);
        cibvShareText = " x " + pl("INCL-CIBV/target_share");
        perCentre = Factor.per(v("INCL-CIBV/children_per_centre"));
        perCentreText = "; children_per_centre=" + pl("INCL-CIBV/children_per_centre");
        perEducator = Factor.per(v("INCL-CIBV/children_per_educator"));
        perEducatorText = "; children_per_educator=" + pl("INCL-CIBV/children_per_educator");
        perFamilyEducator = Factor.per(v("INCL-CNH/children_per_educator"));
        perFamilyEducatorText = "; children_per_educator=" + pl("INCL-CNH/children_per_educator");
        policeSubcircuit = w("POL-UPC/people_per_unit");
        perPoliceUnit = Factor.per(v("POL-UPC/people_per_unit"));
        perPoliceUnitText = "; people_per_unit=" + pl("POL-UPC/people_per_unit");
    }

    private void circuit(int u, Demographics d, BaselineEvaluator.Requirements out) {
        long pop = d.total();
        String population = "population=" + pop;
        if (pop < postBelow) {
            out.add(u, healthPost, 1, population);
        }
        if (pop >= centreAMin) {
            out.add(u, centreA, Math.max(1, perCentreA.ceilOf(pop)), population + perCentreAText);
        }
        long school = d.schoolAge5to17();
        int band = school >= mayorMin ? 0 : school >= menorMin ? 1 : 2;
        long places = seatShares.ceilOf(d.children3to4(), d.schoolAge5to14(), d.schoolAge15to17());
        out.add(u, seats[band], places, "children_3_4=" + d.children3to4() + initialText + d.schoolAge5to14()
                + basicText + d.schoolAge15to17() + upperText);
        out.add(u, schools[band], 1, "school_age=" + school);
        out.add(u, teachers[band], perTeacher.ceilOf(places), "seats=" + places + perTeacherText);
        long oneToTwo = d.children1to2();
        long under1 = Math.max(0, d.children0to2() - oneToTwo);
        boolean cibv = atLeast(oneToTwo, cibvShareFraction, cibvMinFraction);
        long home = -1;
        int homeKind = -1;
        String homeInputs = null;
        if (cibv) {
            long target = targetShare.ceilOf(oneToTwo);
            out.add(u, cibvPlaces, target, "children_1_2=" + oneToTwo + cibvShareText);
            String places2 = "places=" + target;
            out.add(u, cibvCentres, perCentre.ceilOf(target), places2 + perCentreText);
            out.add(u, cibvEducators, perEducator.ceilOf(target), places2 + perEducatorText);
            if (under1 > 0) {
                home = targetShare.ceilOf(under1);
                homeKind = homeWithCibv;
                homeInputs = "children_under_1=" + under1 + cibvShareText;
            }
        } else if (d.children0to2() > 0) {
            home = targetShare.ceilOf(d.children0to2());
            homeKind = homeWithoutCibv;
            homeInputs = "children_0_2=" + d.children0to2() + cibvShareText;
        }
        if (home >= 0) {
            out.add(u, homeKind, home, homeInputs);
            out.add(u, homeEducators, perFamilyEducator.ceilOf(home), "places=" + home + perFamilyEducatorText);
        }
        String police = population + perPoliceUnitText;
        if (pop < policeSubcircuit) {
            out.add(u, policeB, 1, police);
        } else {
            out.add(u, policeA, Math.max(1, perPoliceUnit.ceilOf(pop)), police);
        }
    }

    /** {@code people × share ≥ minimum}, exactly. */
    private boolean atLeast(long people, long[] share, long[] minimum) {
        if (share[0] >= 0 && minimum[0] >= 0) {
            long lhsHigh = Math.multiplyHigh(people, share[0]);
            if (lhsHigh == 0 && people * share[0] >= 0) {
                long lhs = people * share[0];
                if (Math.multiplyHigh(lhs, minimum[1]) == 0 && Math.multiplyHigh(minimum[0], share[1]) == 0
                        && lhs * minimum[1] >= 0 && minimum[0] * share[1] >= 0) {
                    return lhs * minimum[1] >= minimum[0] * share[1];
                }
            }
        }
        return cibvShare.multiply(BigDecimal.valueOf(people)).compareTo(cibvMin) >= 0;
    }

    // District rules and their parameters.
    private int centreB;
    private int centreC;
    private int hospital;
    private int beds;
    private int healthStaff;
    private int[] districtOffices;
    private long[] districtOfficeCount;
    private String[] districtOfficeText;
    private int dayCentre;
    private int policeUnit;
    private int police;
    private int station;
    private int firefighters;
    private long centreBMin;
    private long centreBMax;
    private long centreCAbove;
    private Factor perCentreC;
    private String perCentreCText;
    private long hospitals;
    private String hospitalsText;
    private long minBeds;
    private Factor basicBeds;
    private String bedsText;
    private Factor staffFactor;
    private String staffText;
    private long elderlyMin;
    private long elderlyCentres;
    private String elderlyText;
    private long policeUnits;
    private String policeUnitsText;
    private Factor policeDensity;
    private Factor perStation;
    private String perStationText;
    private Factor firefighterDensity;

    private void defineDistrict() {
        Level d = Level.DISTRICT;
        centreB = kind("A district of 10,000 to 25,000 people needs one health centre type B", d, "CS_B",
                Measure.ESTABLISHMENTS);
        centreC = kind("A district of more than 25,000 people needs a health centre type C per 50,000 people", d,
                "CS_C", Measure.ESTABLISHMENTS);
        hospital = kind("A district needs a basic hospital unless a general hospital serves it", d, "HOSPITAL_BASICO",
                Measure.ESTABLISHMENTS);
        beds = kind("A district needs basic-hospital beds for its people", d, "HOSPITAL_BASICO", Measure.PLACES);
        healthStaff = kind("A district needs 23 doctors, nurses and midwives per 10,000 people", d, "EQUIPO_SALUD",
                Measure.STAFF, Set.of("EQUIPO_SALUD", "PUESTO_SALUD", "CS_A", "CS_B", "CS_C", "HOSPITAL_BASICO",
                        "HOSPITAL_GENERAL", "HOSPITAL_ESPECIALIZADO"));
        int health = kind("A district needs a district health directorate", d, "DIRECCION_DISTRITAL_SALUD",
                Measure.ESTABLISHMENTS);
        int education = kind("A district needs a district education directorate", d, "DIRECCION_DISTRITAL_EDUCACION",
                Measure.ESTABLISHMENTS);
        int mies = kind("A district needs a district MIES directorate", d, "DIRECCION_DISTRITAL_MIES",
                Measure.ESTABLISHMENTS);
        dayCentre = kind("A district with at least 70 people aged 65 and over needs a gerontological day centre", d,
                "GERONTOLOGICO_DIURNO", Measure.ESTABLISHMENTS);
        int disability = kind("A district needs a day centre for people with disabilities", d, "DISCAPACIDAD_DIURNO",
                Measure.ESTABLISHMENTS);
        policeUnit = kind("A district needs one district police unit", d, "UVC", Measure.ESTABLISHMENTS);
        police = kind("A district needs four police per 1,000 people", d, "UVC", Measure.STAFF,
                Set.of("UPC_A", "UPC_B", "UVC"));
        station = kind("A district needs a fire station per 50,000 people, at least one", d, "ESTACION_BOMBEROS",
                Measure.ESTABLISHMENTS);
        firefighters = kind("A district needs one firefighter per 1,000 people", d, "ESTACION_BOMBEROS",
                Measure.STAFF);
        districtOffices = new int[] {health, education, mies, disability};
        String[] keys = {"HEALTH-DET/directorates_per_district", "EDU-DET/directorates_per_district",
            "INCL-DET/directorates_per_district", "INCL-DISABILITY/day_centres_per_district"};
        districtOfficeCount = new long[keys.length];
        districtOfficeText = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            districtOfficeCount[i] = w(keys[i]);
            districtOfficeText[i] = keys[i].substring(keys[i].indexOf('/') + 1) + "=" + pl(keys[i]);
        }
        centreBMin = w("HEALTH-CS-B/min_population");
        centreBMax = w("HEALTH-CS-B/max_population");
        centreCAbove = w("HEALTH-CS-C/above_population");
        perCentreC = Factor.per(v("HEALTH-CS-C/population_per_centre"));
        perCentreCText = "; population_per_centre=" + pl("HEALTH-CS-C/population_per_centre");
        hospitals = w("HEALTH-HOSPITAL-BASIC/hospitals_per_district");
        hospitalsText = "hospitals_per_district=" + pl("HEALTH-HOSPITAL-BASIC/hospitals_per_district");
        minBeds = w("HEALTH-BEDS/min_basic_beds");
        basicBeds = new Factor(v("HEALTH-BEDS/basic_beds"), v("HEALTH-BEDS/per_population"));
        bedsText = "; basic_beds_per_population=" + pl("HEALTH-BEDS/basic_beds") + "/" + pl("HEALTH-BEDS/per_population")
                + "; min_basic_beds=" + pl("HEALTH-BEDS/min_basic_beds");
        staffFactor = new Factor(v("HEALTH-STAFF/professionals"), v("HEALTH-STAFF/per_population")
                .multiply(v("HEALTH-STAFF/professional_share")));
        staffText = "; professionals_per_population=" + pl("HEALTH-STAFF/professionals") + "/"
                + pl("HEALTH-STAFF/per_population") + "; professional_share=" + pl("HEALTH-STAFF/professional_share");
        elderlyMin = w("INCL-ELDERLY/min_adults_65_plus");
        elderlyCentres = w("INCL-ELDERLY/centres_per_district");
        elderlyText = "; centres_per_district=" + pl("INCL-ELDERLY/centres_per_district");
        policeUnits = w("POL-UVC/units_per_district");
        policeUnitsText = "units_per_district=" + pl("POL-UVC/units_per_district");
        policeDensity = new Factor(v("POL-DENSITY/police"), v("POL-DENSITY/per_population"));
        perStation = Factor.per(v("FIRE-STATION/population_per_station"));
        perStationText = "; population_per_station=" + pl("FIRE-STATION/population_per_station");
        firefighterDensity = new Factor(v("FIRE-STAFF/firefighters"), v("FIRE-STAFF/per_population"));
    }

    private void district(int u, Demographics demographics, BaselineEvaluator.Requirements out) {
        long pop = demographics.total();
        String population = "population=" + pop;
        if (pop >= centreBMin && pop <= centreBMax) {
            out.add(u, centreB, 1, population);
        }
        if (pop > centreCAbove) {
            out.add(u, centreC, Math.max(1, perCentreC.ceilOf(pop)), population + perCentreCText);
        }
        out.add(u, hospital, hospitals, hospitalsText);
        out.add(u, beds, Math.max(minBeds, basicBeds.ceilOf(pop)), population + bedsText);
        out.add(u, healthStaff, staffFactor.ceilOf(pop), population + staffText);
        for (int i = 0; i < districtOffices.length; i++) {
            out.add(u, districtOffices[i], districtOfficeCount[i], districtOfficeText[i]);
        }
        long elderly = demographics.adults65Plus();
        if (elderly >= elderlyMin) {
            out.add(u, dayCentre, elderlyCentres, "adults_65_plus=" + elderly + elderlyText);
        }
        out.add(u, policeUnit, policeUnits, policeUnitsText);
        out.add(u, police, policeDensity.ceilOf(pop), population);
        out.add(u, station, Math.max(1, perStation.ceilOf(pop)), population + perStationText);
        out.add(u, firefighters, firefighterDensity.ceilOf(pop), population);
    }

    // Zone and nation rules and their parameters.
    private int generalBeds;
    private int generalHospitals;
    private int pretrial;
    private int[] zoneOffices;
    private long[] zoneOfficeCount;
    private String[] zoneOfficeText;
    private int prisonPlaces;
    private int prisons;
    private Factor generalBedFactor;
    private String generalBedsText;
    private Factor perHospital;
    private String perHospitalText;
    private Factor pretrialFactor;
    private String pretrialText;
    private Factor sentencedFactor;
    private String sentencedText;
    private Factor perPrison;
    private String perPrisonText;

    private void defineZoneAndNation() {
        Level z = Level.ZONE;
        generalBeds = kind("A zone needs general-hospital beds for the rest of two beds per 1,000 people", z,
                "HOSPITAL_GENERAL", Measure.PLACES);
        generalHospitals = kind("A zone needs a general hospital per 300 beds it requires", z, "HOSPITAL_GENERAL",
                Measure.ESTABLISHMENTS);
        pretrial = kind("A zone needs pre-trial detention places for its projected detainees with a margin", z, "CDP",
                Measure.PLACES);
        String[][] offices = {
            {"A zone needs one juvenile detention centre", "CAI", "REHAB-CAI/centres_per_zone"},
            {"A zone needs a reference and shelter centre for people with disabilities", "CENTRO_REFERENCIA_ACOGIDA",
                "INCL-DISABILITY/shelters_per_zone"},
            {"A zone needs a zonal health coordination", "COORDINACION_ZONAL_SALUD",
                "HEALTH-DET/coordinations_per_zone"},
            {"A zone needs a zonal education coordination", "COORDINACION_ZONAL_EDUCACION",
                "EDU-DET/coordinations_per_zone"},
            {"A zone needs a zonal MIES coordination", "COORDINACION_ZONAL_MIES", "INCL-DET/coordinations_per_zone"},
            {"A zone needs a zonal coordination of the Interior ministry", "COORDINACION_ZONAL_INTERIOR",
                "POL-DET/coordinations_per_zone"},
            {"A zone needs a zonal coordination of the rehabilitation system", "COORDINACION_ZONAL_SNAI",
                "REHAB-DET/coordinations_per_zone"},
            {"A zone needs a zonal coordination of risk management", "COORDINACION_ZONAL_SGR",
                "FIRE-DET/coordinations_per_zone"}};
        zoneOffices = new int[offices.length];
        zoneOfficeCount = new long[offices.length];
        zoneOfficeText = new String[offices.length];
        for (int i = 0; i < offices.length; i++) {
            zoneOffices[i] = kind(offices[i][0], z, offices[i][1], Measure.ESTABLISHMENTS);
            String key = offices[i][2];
            zoneOfficeCount[i] = w(key);
            zoneOfficeText[i] = key.substring(key.indexOf('/') + 1) + "=" + pl(key);
        }
        BigDecimal bedsPer = v("HEALTH-BEDS/beds");
        BigDecimal basic = v("HEALTH-BEDS/basic_beds");
        BigDecimal per = v("HEALTH-BEDS/per_population");
        generalBedFactor = new Factor(bedsPer.subtract(basic), per);
        generalBedsText = "; beds_per_population=" + bedsPer.toPlainString() + "/" + per.toPlainString()
                + "; of_which_basic_hospitals=" + basic.toPlainString() + "/" + per.toPlainString();
        perHospital = Factor.per(v("HEALTH-BEDS/beds_per_hospital"));
        perHospitalText = "; beds_per_hospital=" + pl("HEALTH-BEDS/beds_per_hospital");
        BigDecimal rate = v("REHAB-CRS/inmates");
        BigDecimal perP = v("REHAB-CRS/per_population");
        BigDecimal margin = v("REHAB-CRS/margin");
        BigDecimal pretrialShare = v("REHAB-CRS/pretrial_share");
        pretrialFactor = new Factor(rate.multiply(pretrialShare).multiply(margin), perP);
        pretrialText = "; inmates_per_population=" + rate.toPlainString() + "/" + perP.toPlainString()
                + "; pretrial_share=" + pretrialShare.toPlainString() + "; margin=" + margin.toPlainString();
        Level n = Level.NATION;
        prisonPlaces = kind("The nation needs prison places for its projected sentenced inmates with a margin", n,
                "CRS_REGIONAL", Measure.PLACES);
        prisons = kind("Prison places need a regional prison per 4,000 places", n, "CRS_REGIONAL",
                Measure.ESTABLISHMENTS);
        BigDecimal inPrisons = BigDecimal.ONE.subtract(pretrialShare);
        sentencedFactor = new Factor(rate.multiply(inPrisons).multiply(margin), perP);
        sentencedText = "; inmates_per_population=" + rate.toPlainString() + "/" + perP.toPlainString()
                + "; in_prisons=" + inPrisons.toPlainString() + "; margin=" + margin.toPlainString();
        perPrison = Factor.per(v("REHAB-CRS/places_per_prison"));
        perPrisonText = "; places_per_prison=" + pl("REHAB-CRS/places_per_prison");
    }

    private void zone(int u, long pop, BaselineEvaluator.Requirements out) {
        String population = "population=" + pop;
        long bedCount = generalBedFactor.ceilOf(pop);
        out.add(u, generalBeds, bedCount, population + generalBedsText);
        out.add(u, generalHospitals, perHospital.ceilOf(bedCount), "beds=" + bedCount + perHospitalText);
        out.add(u, pretrial, pretrialFactor.ceilOf(pop), population + pretrialText);
        for (int i = 0; i < zoneOffices.length; i++) {
            out.add(u, zoneOffices[i], zoneOfficeCount[i], zoneOfficeText[i]);
        }
    }

    private void nation(int u, long pop, BaselineEvaluator.Requirements out) {
        long places = sentencedFactor.ceilOf(pop);
        out.add(u, prisonPlaces, places, "population=" + pop + sentencedText);
        out.add(u, prisons, perPrison.ceilOf(places), "places=" + places + perPrisonText);
    }

    /** The requirements of every unit of the territory. */
    void require(BaselineEvaluator.Index ix, BaselineEvaluator.Requirements out) {
        for (int u = 0; u < ix.n; u++) {
            Demographics d = ix.demographics[u];
            switch (ix.depth[u]) {
                case 3 -> circuit(u, d, out);
                case 2 -> district(u, d, out);
                case 1 -> zone(u, d.total(), out);
                default -> {
                    if (ix.prefix[1] > 1) {
                        nation(u, d.total(), out);
                    }
                }
            }
        }
    }

    /** The competing requirements of this evaluation (see {@link Components}). */
    Components components(BaselineEvaluator.Requirements req, boolean[] acrossZones, boolean[] spreadBelow) {
        boolean[] fired = new boolean[kinds.size()];
        for (int r = 0; r < req.size; r++) {
            fired[req.kind[r]] = true;
        }
        int nt = typologies.size();
        int[][] root = new int[groups][];
        for (Kind k : kinds) {
            if (!fired[k.id]) {
                continue;
            }
            int[] rt = root[k.group];
            if (rt == null) {
                rt = new int[nt];
                for (int t = 0; t < nt; t++) {
                    rt[t] = t;
                }
                root[k.group] = rt;
            }
            for (int i = 1; i < k.counting.length; i++) {
                int a = find(rt, k.counting[0]);
                int b = find(rt, k.counting[i]);
                if (a != b) {
                    rt[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Components c = new Components(kinds.size());
        Map<List<Object>, Integer> ids = new HashMap<>();
        List<TreeSet<Integer>> typs = new ArrayList<>();
        for (Kind k : kinds) {
            if (!fired[k.id]) {
                continue;
            }
            Object key = k.counting.length == 0 ? k.supply : (Object) find(root[k.group], k.counting[0]);
            int id = ids.computeIfAbsent(List.of(k.group, key), x -> {
                typs.add(new TreeSet<>());
                return typs.size() - 1;
            });
            c.of[k.id] = id;
            for (int t : k.counting) {
                typs.get(id).add(t);
            }
        }
        c.typs = new int[typs.size()][];
        c.spread = new boolean[typs.size()];
        for (int i = 0; i < typs.size(); i++) {
            c.typs[i] = typs.get(i).stream().mapToInt(Integer::intValue).toArray();
            for (int t : c.typs[i]) {
                c.spread[i] |= acrossZones[t] || spreadBelow[t];
            }
        }
        return c;
    }

    private static int find(int[] root, int x) {
        int r = x;
        while (root[r] != r) {
            r = root[r];
        }
        return r;
    }
}
