package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import java.util.Comparator;

/**
 * The cost of one action on one typology in one unit ({@code scope=standard}), or a sum over the units below
 * ({@code scope=rollup}, same typology and action) or over all typologies of a sector ({@code scope=total},
 * typology and action {@code *}).
 *
 * @param scope {@code standard}, {@code rollup} or {@code total}
 * @param unit never null
 * @param sector the sector's id
 * @param typology the typology code, or {@code *}
 * @param action the action's id, or {@code *}
 * @param quantity units built, refurbished, replaced or staff hired (0 for totals)
 * @param capex capital cost, in the policy's price year
 * @param opexPerYear recurrent cost per year once complete
 * @param priceYear the year of the prices
 * @param rule the rule of the gap (standard lines), empty otherwise
 * @param sources the inventory sources of the supply behind it (for sums, of every line summed), never null
 * @param status the weakest status among its inputs (for sums, over every line summed), or null when not stated
 */
public record CostLine(String scope, UnitCode unit, String sector, String typology, String action, long quantity,
                       Money capex, Money opexPerYear, int priceYear, String rule, String sources,
                       Provenance.Status status) {
    /** Never-null sources. */
    public CostLine {
        sources = sources == null ? "" : sources;
    }

    /** A line with no stated sources or status. */
    public CostLine(String scope, UnitCode unit, String sector, String typology, String action, long quantity,
                    Money capex, Money opexPerYear, int priceYear, String rule) {
        this(scope, unit, sector, typology, action, quantity, capex, opexPerYear, priceYear, rule, "", null);
    }

    /** The status's id, or empty when not stated. */
    public String statusId() {
        return status == null ? "" : status.id();
    }

    /** The order of {@code costs.csv}: nation, zones, districts, circuits; then code, sector, typology, action. */
    public static final Comparator<CostLine> ORDER = CostLine::compareInOrder;

    /** {@link #ORDER}, written out: no key boxed or looked up again per comparison (the sort is of thousands). */
    private static int compareInOrder(CostLine a, CostLine b) {
        int c = Integer.compare(a.unit.level().depth(), b.unit.level().depth());
        if (c == 0) {
            c = a.unit.value().compareTo(b.unit.value());
        }
        if (c == 0) {
            c = a.sector.compareTo(b.sector);
        }
        if (c == 0) {
            c = Boolean.compare(a.scope.equals("total"), b.scope.equals("total"));
        }
        if (c == 0) {
            c = a.typology.compareTo(b.typology);
        }
        if (c == 0) {
            c = a.action.compareTo(b.action);
        }
        if (c == 0) {
            c = a.scope.compareTo(b.scope);
        }
        return c != 0 ? c : a.rule.compareTo(b.rule);
    }

    /** The level of the unit. */
    public Level level() {
        return unit.level();
    }
}
