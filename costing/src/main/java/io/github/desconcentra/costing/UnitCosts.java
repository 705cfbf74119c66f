package io.github.desconcentra.costing;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The unit costs of the typologies, read from a CSV file
 * ({@code typology,basis,capex,equipment,repair_share,maintenance_share,salary_per_staff,build_years,price_year,
 * currency,source,status}). The defaults ({@code unit_costs.csv} in this package) come from standards-research.md
 * section 7; derived and assumed figures are marked so.
 */
public final class UnitCosts {
    private static final List<String> COLUMNS = List.of("typology", "basis", "capex", "equipment", "repair_share",
            "maintenance_share", "salary_per_staff", "build_years", "price_year", "currency", "source", "status");
    private final Map<String, UnitCost> byTypology;

    /** @throws IllegalArgumentException naming the typology when one is given twice */
    public UnitCosts(List<UnitCost> costs) {
        Map<String, UnitCost> m = new TreeMap<>();
        for (UnitCost c : costs) {
            if (m.putIfAbsent(c.typology(), c) != null) {
                throw new IllegalArgumentException("unit cost of typology " + c.typology() + " is given twice");
            }
        }
        this.byTypology = Collections.unmodifiableMap(m);
    }

    /** The default unit costs shipped with the library. */
    public static UnitCosts defaults() {
        return read("unit_costs.csv", UnitCosts.class.getResourceAsStream("unit_costs.csv"));
    }

    /** Reads a unit-cost file; the path is checked before it is opened (a folder, pipe, device or oversized file is
     * refused with an {@link InputException}). */
    public static UnitCosts read(Path file) {
        try (InputStream in = InputFiles.open(file, CsvTable.MAX_BYTES)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InputException(Problem.of(file.toString(), InputFiles.reason(e)));
        }
    }

    /**
     * Reads a unit-cost CSV.
     *
     * @throws InputException with every problem, each naming file, line, column and value
     */
    public static UnitCosts read(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(name, in, COLUMNS, List.of(), null, problems);
        Cells cells = new Cells(name, problems);
        List<UnitCost> costs = new ArrayList<>();
        Map<String, Long> first = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            String typology = cells.text(row, "typology");
            UnitCost.Basis basis = cells.parse(row, "basis", UnitCost.Basis::fromId);
            Currency currency = cells.parse(row, "currency", UnitCosts::currency);
            BigDecimal capex = cells.parse(row, "capex", UnitCosts::amount);
            BigDecimal equipment = cells.parse(row, "equipment", UnitCosts::amount);
            BigDecimal repair = cells.parse(row, "repair_share", UnitCosts::share);
            BigDecimal maintenance = cells.parse(row, "maintenance_share", UnitCosts::share);
            BigDecimal salary = cells.parse(row, "salary_per_staff", UnitCosts::amount);
            Long build = cells.count(row, "build_years");
            Long year = cells.count(row, "price_year");
            String source = cells.text(row, "source");
            Provenance.Status status = cells.parse(row, "status", Provenance.Status::fromId);
            if (typology != null && first.putIfAbsent(typology, row.line()) != null) {
                cells.problem(row, "typology", typology, "unit cost already given at line " + first.get(typology));
                continue;
            }
            if (typology == null || basis == null || currency == null || capex == null || equipment == null
                    || repair == null || maintenance == null || salary == null || build == null || year == null
                    || source == null || status == null) {
                continue;
            }
            try {
                costs.add(new UnitCost(typology, basis, Money.of(capex, currency), Money.of(equipment, currency),
                        repair, maintenance, Money.of(salary, currency), Math.toIntExact(build),
                        Math.toIntExact(year), new Provenance(source, status)));
            } catch (IllegalArgumentException | ArithmeticException e) {
                cells.problem(row, "typology", typology, e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new UnitCosts(costs);
    }

    private static Currency currency(String v) {
        Currency c = Currency.getInstance(v);
        if (!c.equals(Money.USD)) {
            throw new IllegalArgumentException("must be USD: budgets, ceilings and the price index are in US dollars,"
                    + " Ecuador's currency; convert the amounts first");
        }
        return c;
    }

    /**
     * What keeps these costs from being restated with a policy: amounts not in US dollars, and price years (the
     * costs' or the policy's) that the policy's price index does not cover; empty when none.
     */
    public List<String> problemsWith(CostPolicy policy) {
        List<String> problems = new ArrayList<>();
        PriceIndex ix = policy.priceIndex();
        if (!ix.covers(policy.priceYear())) {
            problems.add("the price year " + policy.priceYear() + " is outside the price index (" + ix.coverage()
                    + ")");
        }
        for (UnitCost c : byTypology.values()) {
            if (!c.capex().currency().equals(Money.USD)) {
                problems.add("unit cost of " + c.typology() + " is in " + c.capex().currency().getCurrencyCode()
                        + ", not USD");
            }
            if (!ix.covers(c.priceYear())) {
                problems.add("unit cost of " + c.typology() + " is priced in " + c.priceYear()
                        + ", outside the price index (" + ix.coverage() + ")");
            }
        }
        return problems;
    }

    private static BigDecimal amount(String v) {
        BigDecimal d = Cells.parseDecimal(v);
        if (d.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (d.scale() > 2 || d.precision() - d.scale() > 15) {
            throw new IllegalArgumentException("must be an amount with at most 2 decimals and 15 digits");
        }
        return d;
    }

    private static BigDecimal share(String v) {
        BigDecimal d = Cells.parseDecimal(v);
        if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("must be a share within [0, 1]");
        }
        return d;
    }

    /** The cost of a typology, if known. */
    public Optional<UnitCost> of(String typology) {
        return Optional.ofNullable(byTypology.get(typology));
    }

    /** All unit costs by typology, sorted. */
    public Map<String, UnitCost> all() {
        return byTypology;
    }
}
