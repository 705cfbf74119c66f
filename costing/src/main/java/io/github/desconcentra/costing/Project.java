package io.github.desconcentra.costing;

import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One project of a plan: one new establishment (a zone's gap of beds becomes hospitals of the typology's size), one
 * refurbishment or replacement of an establishment, or one package of staff for the existing establishments of a
 * unit. Its capex is paid over its build years in equal yearly parts (cents rounded down, the remainder in the last
 * part); it opens when they are over, and from then on its recurrent cost (maintenance and the staff it brings) is
 * paid every year.
 *
 * @param id stable identifier {@code CODE/TYPOLOGY/ACTION/N}, N counting the projects of that unit, typology and
 *     action from 1 in the order their need appears
 * @param unit never null
 * @param sector sector id
 * @param typology typology code
 * @param action never null
 * @param quantity establishments, places or staff it provides
 * @param staff staff it brings (a new establishment's nominal staff; a package's staff), paid from its opening
 * @param capex capital cost, in the plan's price year, not negative
 * @param opexPerYear recurrent cost per year from its opening, not negative
 * @param buildYears years from start to opening, 0-20
 * @param neededIn the years the gap calls for it (it may start only in one of them); copied, never empty
 * @param peopleServed the people it serves (see {@link Priority#peopleServed()})
 * @param priority its score and the inputs of the score
 * @param rule the rule of the gap line it closes
 * @param sources the inventory sources of that gap line's supply, never null
 * @param status the weakest status among that gap line's inputs, or null when not stated
 */
public record Project(String id, UnitCode unit, String sector, String typology, Action action, long quantity,
                      long staff, Money capex, Money opexPerYear, int buildYears, SortedSet<Integer> neededIn,
                      long peopleServed, Priority priority, String rule, String sources,
                      io.github.desconcentra.territory.Provenance.Status status) {
    /** @throws IllegalArgumentException naming the project when a field is out of range */
    public Project {
        Preconditions.requireText(id, "id", "project");
        Preconditions.requireNonNull(unit, "unit of " + id);
        Preconditions.requireNonNull(action, "action of " + id);
        Preconditions.requireNonNegative(quantity, "quantity", id);
        Preconditions.requireNonNegative(staff, "staff", id);
        Preconditions.check(!capex.isNegative() && !opexPerYear.isNegative(), "costs must not be negative (%s)", id);
        Preconditions.check(buildYears >= 0 && buildYears <= 20, "build years must be within 0-20: %d (%s)",
                buildYears, id);
        Preconditions.check(neededIn != null && !neededIn.isEmpty(), "project %s is needed in no year", id);
        neededIn = Collections.unmodifiableSortedSet(new TreeSet<>(neededIn));
        Preconditions.requireNonNegative(peopleServed, "people served", id);
        Preconditions.requireNonNull(priority, "priority of " + id);
        rule = rule == null ? "" : rule;
        sources = sources == null ? "" : sources;
    }

    /** A project with no stated sources or status. */
    public Project(String id, UnitCode unit, String sector, String typology, Action action, long quantity,
                   long staff, Money capex, Money opexPerYear, int buildYears, SortedSet<Integer> neededIn,
                   long peopleServed, Priority priority, String rule) {
        this(id, unit, sector, typology, action, quantity, staff, capex, opexPerYear, buildYears, neededIn,
                peopleServed, priority, rule, "", null);
    }

    /** The status's id, or empty when not stated. */
    public String statusId() {
        return status == null ? "" : status.id();
    }

    /** The first year the gap calls for it. */
    public int firstNeeded() {
        return neededIn.first();
    }

    /** The year it opens when started in {@code start}. */
    public int opening(int start) {
        return start + buildYears;
    }

    /** The years over which its capex is paid: the build years, or one year when it takes none. */
    public int paymentYears() {
        return Math.max(1, buildYears);
    }

    /** The capex paid in {@code year} when started in {@code start}: an equal part in each payment year. */
    public Money capexIn(int start, int year) {
        return capexIn(capex, buildYears, start, year);
    }

    /**
     * The part of {@code capex} paid in {@code year} by a project of {@code buildYears} started in {@code start}:
     * equal parts over {@code max(1, buildYears)} years, cents rounded down, the remainder in the last part.
     */
    public static Money capexIn(Money capex, int buildYears, int start, int year) {
        int n = Math.max(1, buildYears);
        if (year < start || year >= start + n || capex.isZero()) {
            return Money.zero(capex.currency());
        }
        Money part = capex.dividedBy(n, RoundingMode.DOWN);
        return year == start + n - 1 ? capex.minus(part.multipliedBy(n - 1L)) : part;
    }

    /** The recurrent cost paid in {@code year} when started in {@code start}: its opex once open. */
    public Money recurrentIn(int start, int year) {
        return year >= opening(start) ? opexPerYear : Money.zero(opexPerYear.currency());
    }

    /** Everything it costs in {@code year} when started in {@code start}. */
    public Money costIn(int start, int year) {
        return capexIn(start, year).plus(recurrentIn(start, year));
    }

    /** True when it costs nothing at all: no capex and no recurrent cost (such a project is never funded). */
    public boolean isFree() {
        return capex.isZero() && opexPerYear.isZero();
    }
}
