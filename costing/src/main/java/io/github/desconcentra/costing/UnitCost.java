package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.github.desconcentra.territory.internal.Ids;

/**
 * What one unit of a typology costs, priced in {@code priceYear}.
 *
 * @param typology the typology code, never blank
 * @param basis what one unit is: an establishment, or a place (bed, prison place) for typologies costed per place
 * @param capex capital cost of one new unit without equipment, not negative
 * @param equipment capital cost of equipping one new unit, not negative
 * @param repairShare the cost of refurbishing a unit in {@code needs_repair} condition, as a share of
 *     {@code capex + equipment}, within [0, 1]
 * @param maintenanceShare yearly maintenance of a new unit, as a share of {@code capex}, within [0, 1]
 * @param salaryPerStaff yearly cost of one staff member of this typology (for staff deficits), not negative
 * @param buildYears years from start to completion, at least 0
 * @param priceYear the year the amounts are priced in
 * @param provenance where the figures come from
 */
public record UnitCost(String typology, Basis basis, Money capex, Money equipment, BigDecimal repairShare,
                       BigDecimal maintenanceShare, Money salaryPerStaff, int buildYears, int priceYear,
                       Provenance provenance) {

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

    /** @throws IllegalArgumentException naming the value when a figure is out of range */
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
        Preconditions.requireNonNull(provenance, "provenance of " + typology);
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
