package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.internal.Ids;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one unit of a typology costs. Each figure has its own provenance (a sourced building cost is not made sourced
 * by the assumed salary beside it, nor the salary assumed by it) and, when it is not sourced, a plausible range.
 * Capital figures are priced in {@code priceYear}, the salary in {@code salaryPriceYear}.
 *
 * @param typology the typology code, never blank
 * @param basis what one unit is: an establishment, or a place (bed, seat, prison place) for typologies costed per place
 * @param capex capital cost of one new unit without equipment, not negative
 * @param equipment capital cost of equipping one new unit, not negative
 * @param repairShare the cost of refurbishing a unit in {@code needs_repair} condition, as a share of
 *     {@code capex + equipment}, within [0, 1]
 * @param maintenanceShare yearly maintenance of a new unit, as a share of {@code capex}, within [0, 1]
 * @param salaryPerStaff yearly cost of one staff member of this typology (for staff deficits), not negative
 * @param buildYears years from start to completion, at least 0
 * @param priceYear the year {@code capex} and {@code equipment} are priced in
 * @param salaryPriceYear the year {@code salaryPerStaff} is priced in
 * @param figures the provenance and range of every {@link Item}; every item present; copied
 */
public record UnitCost(String typology, Basis basis, Money capex, Money equipment, BigDecimal repairShare,
                       BigDecimal maintenanceShare, Money salaryPerStaff, int buildYears, int priceYear,
                       int salaryPriceYear, Map<Item, Figure> figures) {

    /** What one unit of cost counts. */
    public enum Basis {
        /** One establishment. */
        ESTABLISHMENTS,
        /** One place: a bed, a seat, a prison place. */
        PLACES;

        /** {@code establishments} or {@code places}. */
        public String id() {
            return Ids.of(this);
        }

        /**
         * Parses {@code establishments} or {@code places}.
         *
         * @throws IllegalArgumentException naming the value otherwise
         */
        public static Basis fromId(String id) {
            return Ids.parse(Basis.class, id, "cost basis");
        }
    }

    /** The figures of a unit cost, each with its own provenance: the rows of {@code unit_costs.csv}. */
    public enum Item {
        /** Capital cost of one new unit without equipment. */
        CAPEX,
        /** Capital cost of equipping one new unit. */
        EQUIPMENT,
        /** Refurbishment as a share of a new unit. */
        REPAIR_SHARE,
        /** Yearly maintenance as a share of capex. */
        MAINTENANCE_SHARE,
        /** Yearly cost of one staff member. */
        SALARY_PER_STAFF,
        /** Years from start to completion. */
        BUILD_YEARS;

        /** The identifier used in files, e.g. {@code salary_per_staff}. */
        public String id() {
            return Ids.of(this);
        }

        /**
         * Parses an identifier written by {@link #id()}, ignoring case.
         *
         * @throws IllegalArgumentException naming the value and the identifiers expected otherwise
         */
        public static Item fromId(String id) {
            return Ids.parse(Item.class, id, "unit-cost item");
        }
    }

    /**
     * How one figure is known.
     *
     * @param provenance never null
     * @param range how low and how high the figure could plausibly be, or null when none is given
     */
    public record Figure(Provenance provenance, Range range) {
        /** @throws NullPointerException when the provenance is null */
        public Figure {
            Preconditions.requireNonNull(provenance, "provenance");
        }
    }

    /** @throws IllegalArgumentException naming the value when a figure is out of range or outside its range */
    public UnitCost {
        Preconditions.requireText(typology, "typology", "unit cost");
        Preconditions.requireNonNull(basis, "basis of " + typology);
        Preconditions.check(!capex.isNegative() && !equipment.isNegative() && !salaryPerStaff.isNegative(),
                "costs must not be negative (typology %s)", typology);
        Preconditions.check(capex.currency().equals(equipment.currency())
                && capex.currency().equals(salaryPerStaff.currency()), "costs of typology %s mix currencies",
                typology);
        Preconditions.check(share(repairShare) && share(maintenanceShare),
                "shares must be within [0, 1] (typology %s)", typology);
        Preconditions.check(buildYears >= 0 && buildYears <= 20, "build years must be within 0-20: %d (typology %s)",
                buildYears, typology);
        Preconditions.requireNonNull(figures, "figures of " + typology);
        for (Item i : Item.values()) {
            Figure f = figures.get(i);
            Preconditions.check(f != null, "unit cost of typology %s has no %s", typology, i.id());
            BigDecimal v = value(i, capex, equipment, repairShare, maintenanceShare, salaryPerStaff, buildYears);
            // The message is made only when the check fails: every sensitivity draw makes unit costs again.
            if (f.range() != null && !f.range().contains(v)) {
                throw Preconditions.failure("%s %s of typology %s must lie within its range %s", i.id(),
                        v.toPlainString(), typology, f.range().span());
            }
        }
        figures = Collections.unmodifiableMap(new EnumMap<>(figures));
    }

    /**
     * A unit cost whose figures all share one provenance, without ranges, the salary priced in {@code priceYear}.
     *
     * @throws IllegalArgumentException naming the value when a figure is out of range
     */
    public UnitCost(String typology, Basis basis, Money capex, Money equipment, BigDecimal repairShare,
                    BigDecimal maintenanceShare, Money salaryPerStaff, int buildYears, int priceYear,
                    Provenance provenance) {
        this(typology, basis, capex, equipment, repairShare, maintenanceShare, salaryPerStaff, buildYears, priceYear,
                priceYear, all(provenance));
    }

    private static Map<Item, Figure> all(Provenance provenance) {
        Map<Item, Figure> m = new EnumMap<>(Item.class);
        for (Item i : Item.values()) {
            m.put(i, new Figure(Preconditions.requireNonNull(provenance, "provenance"), null));
        }
        return m;
    }

    private static BigDecimal value(Item i, Money capex, Money equipment, BigDecimal repairShare,
                                    BigDecimal maintenanceShare, Money salary, int buildYears) {
        return switch (i) {
            case CAPEX -> capex.amount();
            case EQUIPMENT -> equipment.amount();
            case REPAIR_SHARE -> repairShare;
            case MAINTENANCE_SHARE -> maintenanceShare;
            case SALARY_PER_STAFF -> salary.amount();
            case BUILD_YEARS -> BigDecimal.valueOf(buildYears);
        };
    }

    /** The value of one figure, as a decimal. */
    public BigDecimal value(Item item) {
        return value(item, capex, equipment, repairShare, maintenanceShare, salaryPerStaff, buildYears);
    }

    /**
     * A copy with one figure set to another value (a sensitivity swing or draw), its provenance and range kept.
     *
     * @param value the new value, in the figure's own unit (an amount in its price year, a share, whole years)
     * @throws IllegalArgumentException naming the value when it is outside the figure's range or its bounds
     */
    public UnitCost with(Item item, BigDecimal value) {
        Preconditions.requireNonNull(item, "item of " + typology);
        return with(Collections.singletonMap(item, value));
    }

    /**
     * A copy with several figures set to other values at once (a sensitivity draw), their provenance and range kept.
     *
     * @param values new values by figure, each in the figure's own unit (an amount in its price year, a share, whole
     *               years)
     * @throws IllegalArgumentException naming the value when one is outside its figure's range or its bounds
     */
    public UnitCost with(Map<Item, BigDecimal> values) {
        Money c = capex;
        Money e = equipment;
        Money s = salaryPerStaff;
        BigDecimal repair = repairShare;
        BigDecimal maintenance = maintenanceShare;
        int years = buildYears;
        for (Map.Entry<Item, BigDecimal> v : values.entrySet()) {
            BigDecimal x = v.getValue();
            if (x == null) {
                throw new NullPointerException(v.getKey().id() + " of " + typology + " must not be null");
            }
            switch (v.getKey()) {
                case CAPEX -> c = Money.of(x, capex.currency());
                case EQUIPMENT -> e = Money.of(x, capex.currency());
                case REPAIR_SHARE -> repair = x;
                case MAINTENANCE_SHARE -> maintenance = x;
                case SALARY_PER_STAFF -> s = Money.of(x, capex.currency());
                case BUILD_YEARS -> years = x.intValueExact();
            }
        }
        return new UnitCost(typology, basis, c, e, repair, maintenance, s, years, priceYear, salaryPriceYear, figures);
    }

    /** The provenance of the capital cost, the figure a unit cost is known by. */
    public Provenance provenance() {
        return figures.get(Item.CAPEX).provenance();
    }

    /** The provenance of one figure. */
    public Provenance provenance(Item item) {
        return figures.get(item).provenance();
    }

    private static boolean share(BigDecimal s) {
        return s != null && s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0;
    }

    /** Capital cost of one new unit with its equipment. */
    public Money newUnit() {
        return capex.plus(equipment);
    }

    /** Capital cost of refurbishing one unit: {@code repairShare × (capex + equipment)}, half-even. */
    public Money repair() {
        return newUnit().multipliedBy(repairShare, RoundingMode.HALF_EVEN);
    }

    /** Yearly maintenance of one new unit: {@code maintenanceShare × capex}, half-even. */
    public Money maintenance() {
        return capex.multipliedBy(maintenanceShare, RoundingMode.HALF_EVEN);
    }
}
