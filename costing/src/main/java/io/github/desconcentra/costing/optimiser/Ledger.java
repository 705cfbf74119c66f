package io.github.desconcentra.costing.optimiser;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Commitments;
import io.github.desconcentra.costing.PriorityPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ceilings of a budget as lines a project charges, in cents: the total of each year (capex plus recurrent cost,
 * or capex alone with a recurrent ceiling), the recurrent ceiling of each year, and each sector's ceiling of each
 * year. With carry-forward, the total and recurrent lines are running sums (a year's line holds everything up to
 * it), as in {@link Commitments}.
 */
final class Ledger {
    /** One ceiling: a project's charges to it, summed, must stay within {@code limit}. */
    record Line(String name, long limit) {
    }

    /** What one project charges to one line. */
    record Charge(Line line, long amount) {
    }

    final int first;
    final int last;
    final boolean carry;
    private final Line[] total;
    private final Line[] recurrent;
    private final Map<String, Line[]> sector = new HashMap<>();

    Ledger(Budget budget, PriorityPolicy policy, List<String> sectors) {
        first = budget.firstYear();
        last = budget.lastYear();
        carry = budget.carryForward();
        int n = budget.years();
        total = new Line[n];
        recurrent = budget.hasRecurrentCeiling() ? new Line[n] : null;
        long cumTotal = 0;
        long cumRecurrent = 0;
        for (int i = 0; i < n; i++) {
            int y = first + i;
            long t = Commitments.cents(budget.total().get(y));
            cumTotal += t;
            total[i] = new Line("total " + y, carry ? cumTotal : t);
            if (recurrent != null) {
                long r = Commitments.cents(budget.recurrent().get(y));
                cumRecurrent += r;
                recurrent[i] = new Line("recurrent " + y, carry ? cumRecurrent : r);
            }
        }
        for (String s : sectors) {
            Line[] lines = new Line[n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                int y = first + i;
                long limit = -1;
                if (budget.sectorCeiling(y, s).isPresent()) {
                    limit = Commitments.cents(budget.sectorCeiling(y, s).get());
                }
                BigDecimal share = policy.sectorCeilings().get(s);
                if (share != null) {
                    long byShare = share.multiply(BigDecimal.valueOf(Commitments.cents(budget.total().get(y))))
                            .setScale(0, RoundingMode.DOWN).longValueExact();
                    limit = limit < 0 ? byShare : Math.min(limit, byShare);
                }
                if (limit >= 0) {
                    lines[i] = new Line(s + " " + y, limit);
                    any = true;
                }
            }
            if (any) {
                sector.put(s, lines);
            }
        }
    }

    /** The charges of a project of this sector, capex and opex (cents) and build years, started in {@code start}. */
    List<Charge> charges(String sectorId, long capex, long opex, int buildYears, int start) {
        List<Charge> out = new ArrayList<>();
        Line[] sectorLines = sector.get(sectorId);
        int payments = Math.max(1, buildYears);
        long part = capex / payments;
        for (int y = start; y <= last; y++) {
            int i = y - first;
            long c = y >= start + payments ? 0 : y == start + payments - 1 ? capex - part * (payments - 1) : part;
            long r = y >= start + buildYears ? opex : 0;
            long counted = recurrent == null ? c + r : c;
            if (carry) {
                for (int j = i; j < total.length; j++) {
                    add(out, total[j], counted);
                    if (recurrent != null) {
                        add(out, recurrent[j], r);
                    }
                }
            } else {
                add(out, total[i], counted);
                if (recurrent != null) {
                    add(out, recurrent[i], r);
                }
            }
            if (sectorLines != null && sectorLines[i] != null) {
                add(out, sectorLines[i], c + r);
            }
        }
        return out;
    }

    private static void add(List<Charge> out, Line line, long amount) {
        if (amount != 0) {
            out.add(new Charge(line, amount));
        }
    }
}
