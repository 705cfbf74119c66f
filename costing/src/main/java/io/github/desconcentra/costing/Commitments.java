package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a plan has committed against its budget, year by year, and whether one more project fits. Shared by every
 * planner, so they obey one set of rules:
 * <ul>
 *   <li>a year's capex plus the recurrent cost of the plan's open projects stays within its total ceiling (with a
 *   separate recurrent ceiling: capex within the total, recurrent cost within the recurrent ceiling);</li>
 *   <li>with carry-forward, unspent budget passes to later years: the running sums of spending stay within the
 *   running sums of the ceilings;</li>
 *   <li>a sector's capex plus recurrent cost stays within its ceiling of the year (the budget's, and the policy's
 *   share of the year's total ceiling), never carried;</li>
 *   <li>a project starts in a year it is needed and opens by the plan's last year (what opens later serves no one
 *   within the plan, and its recurrent cost would escape every ceiling); a project that costs nothing is never
 *   funded.</li>
 * </ul>
 * Amounts are handled in whole cents (every amount is a USD amount at the currency's scale), so the checks are exact.
 */
public final class Commitments {
    private final Budget budget;
    private final PriorityPolicy policy;
    private final int first;
    private final int years;
    private final long[] ceiling;
    private final long[] recurrentCeiling;
    private final long[] spend;
    private final long[] recurrent;
    private final Map<String, long[]> sectorSpend = new HashMap<>();
    private final Map<String, long[]> sectorCeiling = new HashMap<>();
    private final Map<Project, long[]> amounts = new java.util.IdentityHashMap<>();

    /** Nothing committed yet under this budget and policy (sector ceilings). */
    public Commitments(Budget budget, PriorityPolicy policy) {
        this.budget = Preconditions.requireNonNull(budget, "budget");
        this.policy = Preconditions.requireNonNull(policy, "priority policy");
        this.first = budget.firstYear();
        this.years = budget.years();
        this.ceiling = new long[years];
        this.recurrentCeiling = budget.hasRecurrentCeiling() ? new long[years] : null;
        this.spend = new long[years];
        this.recurrent = new long[years];
        for (int i = 0; i < years; i++) {
            ceiling[i] = cents(budget.total().get(first + i));
            if (recurrentCeiling != null) {
                recurrentCeiling[i] = cents(budget.recurrent().get(first + i));
            }
        }
    }

    /** An amount in whole cents. */
    public static long cents(Money m) {
        return m.amount().movePointRight(2).longValueExact();
    }

    /** Whole cents as money. */
    public static Money money(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), Money.USD);
    }

    /** The budget. */
    public Budget budget() {
        return budget;
    }

    /**
     * True when {@code start} is a year the project may start in: needed then, and open by the plan's last year (so
     * its capex is paid and its recurrent cost counted within the plan).
     */
    public boolean mayStart(Project p, int start) {
        return p.neededIn().contains(start) && start >= first && p.opening(start) <= budget.lastYear();
    }

    /** True when the project started in {@code start} fits what is left of every ceiling. */
    public boolean fits(Project p, int start) {
        return !p.isFree() && mayStart(p, start) && violation(p, start, false) == null;
    }

    /**
     * True when it fits and, in its start year, its sector stays within {@code floorShare} of the year's total
     * ceiling (used to serve sector floors first).
     */
    public boolean fitsWithin(Project p, int start, BigDecimal floorShare) {
        long limit = share(floorShare, ceiling[start - first]);
        long[] s = sectorSpend.get(p.sector());
        long used = s == null ? 0 : s[start - first];
        return fits(p, start) && used + capexIn(p, start, start) + recurrentIn(p, start, start) <= limit;
    }

    /** Commits a project started in {@code start}; throws {@link IllegalArgumentException} when it does not fit. */
    public void commit(Project p, int start) {
        Preconditions.check(fits(p, start), "project %s does not fit in %d", p.id(), start);
        long[] s = sectorSpend.computeIfAbsent(p.sector(), k -> new long[years]);
        for (int y = start; y <= budget.lastYear(); y++) {
            int i = y - first;
            long capex = capexIn(p, start, y);
            long rec = recurrentIn(p, start, y);
            spend[i] = Math.addExact(spend[i], recurrentCeiling == null ? capex + rec : capex);
            recurrent[i] = Math.addExact(recurrent[i], rec);
            s[i] = Math.addExact(s[i], capex + rec);
        }
    }

    /** What counts against a year's total ceiling so far. */
    public Money spentIn(int year) {
        return money(spend[year - first]);
    }

    /**
     * Why a project that was not funded could not be, in words: it costs nothing, it cannot start within the plan,
     * or on its own it is larger than a ceiling; {@code otherwise} when none of these holds (the budget went to other
     * projects).
     */
    public String whyNot(Project p, String otherwise) {
        if (p.isFree()) {
            return "it costs nothing under the unit costs (no capex, maintenance or salary for " + p.typology()
                    + "): a project is never free, so the unit costs must say what it costs";
        }
        Integer possible = null;
        for (int y : p.neededIn()) {
            if (mayStart(p, y)) {
                possible = y;
                break;
            }
        }
        if (possible == null) {
            return "needed from " + p.firstNeeded() + ", but with " + p.buildYears() + " build year"
                    + (p.buildYears() == 1 ? "" : "s") + " it would open after " + budget.lastYear();
        }
        if (budget.isZero()) {
            return "the ceilings are zero: nothing is funded";
        }
        Commitments empty = new Commitments(budget, policy);
        String alone = null;
        for (int y : p.neededIn()) {
            if (empty.mayStart(p, y)) {
                String v = empty.violation(p, y, true);
                if (v == null) {
                    return otherwise;
                }
                alone = alone == null ? v : alone;
            }
        }
        return "on its own it is larger than a ceiling: " + alone;
    }

    /** The first ceiling the project would break, in words; null when none. */
    private String violation(Project p, int start, boolean words) {
        long[] s = sectorSpend.get(p.sector());
        long cumSpend = 0;
        long cumCeiling = 0;
        long cumRec = 0;
        long cumRecCeiling = 0;
        long addSpend = 0;
        long addRec = 0;
        for (int i = 0; i < years; i++) {
            int y = first + i;
            long capex = capexIn(p, start, y);
            long rec = recurrentIn(p, start, y);
            long extra = recurrentCeiling == null ? capex + rec : capex;
            addSpend += extra;
            addRec += rec;
            cumSpend += spend[i];
            cumCeiling += ceiling[i];
            cumRec += recurrent[i];
            cumRecCeiling += recurrentCeiling == null ? 0 : recurrentCeiling[i];
            if (y < start) {
                continue;
            }
            boolean over = budget.carryForward() ? cumSpend + addSpend > cumCeiling : spend[i] + extra > ceiling[i];
            if (over) {
                return !words ? "" : String.format(Locale.ROOT, "in %d it would cost USD %s against a ceiling of USD"
                        + " %s", y, money(extra).toPlainString(), money(ceiling[i]).toPlainString());
            }
            if (recurrentCeiling != null) {
                boolean recOver = budget.carryForward() ? cumRec + addRec > cumRecCeiling
                        : recurrent[i] + rec > recurrentCeiling[i];
                if (recOver) {
                    return !words ? "" : String.format(Locale.ROOT, "in %d its recurrent cost of USD %s is above the"
                            + " recurrent ceiling of USD %s", y, money(rec).toPlainString(),
                            money(recurrentCeiling[i]).toPlainString());
                }
            }
            long sectorLimit = sectorLimit(p.sector(), i);
            if (sectorLimit >= 0 && (s == null ? 0 : s[i]) + capex + rec > sectorLimit) {
                return !words ? "" : String.format(Locale.ROOT, "in %d it would cost USD %s against the %s ceiling of"
                        + " USD %s", y, money(capex + rec).toPlainString(), p.sector(),
                        money(sectorLimit).toPlainString());
            }
        }
        return null;
    }

    /** Capex and recurrent cost of a project in cents, computed once. */
    private long[] amounts(Project p) {
        return amounts.computeIfAbsent(p, k -> new long[] {cents(k.capex()), cents(k.opexPerYear())});
    }

    /** {@link Project#capexIn} in cents. */
    private long capexIn(Project p, int start, int year) {
        int n = p.paymentYears();
        if (year < start || year >= start + n) {
            return 0;
        }
        long capex = amounts(p)[0];
        long part = capex / n;
        return year == start + n - 1 ? capex - part * (n - 1) : part;
    }

    /** {@link Project#recurrentIn} in cents. */
    private long recurrentIn(Project p, int start, int year) {
        return year >= p.opening(start) ? amounts(p)[1] : 0;
    }

    /** The sector's ceiling in cents for year index i, or -1 when it has none. */
    private long sectorLimit(String sector, int i) {
        long[] limits = sectorCeiling.computeIfAbsent(sector, k -> {
            long[] l = new long[years];
            for (int j = 0; j < years; j++) {
                int y = first + j;
                long limit = -1;
                Money absolute = budget.sectorCeiling(y, k).orElse(null);
                if (absolute != null) {
                    limit = cents(absolute);
                }
                BigDecimal share = policy.sectorCeilings().get(k);
                if (share != null) {
                    long byShare = share(share, ceiling[j]);
                    limit = limit < 0 ? byShare : Math.min(limit, byShare);
                }
                l[j] = limit;
            }
            return l;
        });
        return limits[i];
    }

    private static long share(BigDecimal share, long cents) {
        return share.multiply(BigDecimal.valueOf(cents)).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
