package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostQuantities;
import io.github.desconcentra.costing.PriceIndex;
import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.costing.UnitCost;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.report.Uncertainty;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.standards.WhatIf;
import io.github.desconcentra.territory.Territory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sensitivity model of an evaluated and costed territory: the ranged unit costs and standards' parameters as
 * {@link Sensitivity.Input inputs}, and the measures of {@link CostQuantities.CostTotals} for any setting of them.
 * What a setting changes is all that runs again: a unit cost only re-prices the quantities (no rule fires); a
 * parameter re-fires only the rules of its sector through a {@link WhatIf} (the territory, inventory, rule base and
 * supply count are kept; the other sectors' lines are reused) and re-costs that sector's gaps. Thread-safe.
 */
public final class SensitivityModel implements Sensitivity.Model {
    private static final String COST = "cost:";
    private static final String PARAMETER = "parameter:";

    private final Territory territory;
    private final Inventory inventory;
    private final StandardsEngine engine;
    /** Made on the first parameter moved: unit costs alone never need it (see {@link #whatIf()}). */
    private WhatIf whatIf;
    private final EvaluationOptions options;
    private final UnitCosts costs;
    private final CostPolicy policy;
    private final CostQuantities central;
    private final Map<String, Parameter> parameters = new TreeMap<>();
    /** The typology and figure of every unit-cost input id, parsed once rather than in every draw. */
    private final Map<String, CostFigure> costFigures = new java.util.HashMap<>();

    private record CostFigure(String typology, UnitCost.Item item) {
    }

    /**
     * A model of these inputs. The territory is evaluated once more (on one thread) to keep its supply count and
     * lines for the what-ifs only when a parameter is first moved: swinging and drawing unit costs alone re-prices
     * {@code central} and evaluates nothing.
     *
     * @param central the quantities of the central evaluation of {@code options}' sectors, costed with {@code costs}
     */
    public SensitivityModel(Territory territory, Inventory inventory, StandardsEngine engine,
                            EvaluationOptions options, UnitCosts costs, CostPolicy policy, CostQuantities central) {
        this.territory = territory;
        this.inventory = inventory;
        this.engine = engine;
        // Swings and draws run side by side on the threads; each what-if evaluation runs on its own thread.
        this.options = options.withThreads(1);
        this.costs = costs;
        this.policy = policy;
        this.central = central;
        for (Parameter p : engine.catalogue().parameters(options.sectors())) {
            parameters.put(Uncertainty.parameterInput(p.standard(), p.name()), p);
        }
        for (String typology : costs.all().keySet()) {
            for (UnitCost.Item item : UnitCost.Item.values()) {
                costFigures.put(Uncertainty.costInput(typology, item.id()), new CostFigure(typology, item));
            }
        }
    }

    /**
     * The inputs whose range is not a single value: the parameters of the sectors evaluated, then the figures of
     * their typologies' unit costs that move a total (build years only move a plan's calendar, so they are left out),
     * each sorted by id, then the default price index's change ({@link PriceIndex#GROWTH_RANGE}).
     */
    public List<Sensitivity.Input> inputs() {
        return inputs("all");
    }

    /**
     * The inputs of {@link #inputs()} of one kind.
     *
     * @param vary {@code all}, {@code costs} (unit-cost figures and the price index: they re-price without firing a
     *             rule) or {@code parameters} (standards' parameters alone)
     * @throws IllegalArgumentException naming the value otherwise
     */
    public List<Sensitivity.Input> inputs(String vary) {
        if (!VARY.contains(vary)) {
            throw new IllegalArgumentException("vary must be all, costs or parameters: " + vary);
        }
        return all().stream().filter(i -> vary.equals("all") || (i.kind() == Sensitivity.Kind.PARAMETER)
                == vary.equals("parameters")).toList();
    }

    /** What {@link #inputs(String)} accepts. */
    public static final List<String> VARY = List.of("all", "costs", "parameters");

    private List<Sensitivity.Input> all() {
        List<Sensitivity.Input> out = new ArrayList<>();
        parameters.forEach((id, p) -> {
            if (p.range() != null && p.range().low().compareTo(p.range().high()) != 0) {
                out.add(new Sensitivity.Input(id, Sensitivity.Kind.PARAMETER, sectorOf(p).id(), p.value(), p.range(),
                        p.provenance()));
            }
        });
        costs.all().forEach((typology, c) -> {
            Optional<Typology> t = engine.catalogue().typology(typology);
            if (t.isEmpty() || !options.sectors().contains(t.get().sector())) {
                return;
            }
            for (UnitCost.Item item : UnitCost.Item.values()) {
                UnitCost.Figure f = c.figures().get(item);
                if (item != UnitCost.Item.BUILD_YEARS && f.range() != null
                        && f.range().low().compareTo(f.range().high()) != 0) {
                    boolean money = item == UnitCost.Item.CAPEX || item == UnitCost.Item.EQUIPMENT
                            || item == UnitCost.Item.SALARY_PER_STAFF;
                    out.add(new Sensitivity.Input(Uncertainty.costInput(typology, item.id()), Sensitivity.Kind.UNIT_COST,
                            t.get().sector().id(), c.value(item), f.range(), f.provenance(),
                            money ? 2 : Sensitivity.Input.FINE));
                }
            }
        });
        if (policy.priceIndex().equals(PriceIndex.DEFAULT)) {
            out.add(new Sensitivity.Input(Uncertainty.PRICE_INDEX_GROWTH, Sensitivity.Kind.PRICE_INDEX, "all",
                    BigDecimal.ONE, PriceIndex.GROWTH_RANGE, PriceIndex.DEFAULT.provenance()));
        }
        return out;
    }

    private Sector sectorOf(Parameter p) {
        for (Sector s : Sector.values()) {
            if (p.standard().startsWith(s.standardPrefix())) {
                return s;
            }
        }
        throw new IllegalStateException("parameter " + p.standard() + "/" + p.name() + " belongs to no sector");
    }

    /** The what-if evaluator, made once (the first swing or draw of a parameter waits for it). */
    private synchronized WhatIf whatIf() {
        if (whatIf == null) {
            whatIf = engine.whatIf(territory, inventory, options);
        }
        return whatIf;
    }

    @Override
    public SortedMap<String, BigDecimal> measures(Map<String, BigDecimal> changed) {
        // A draw moves every unit-cost figure at once: the figures of a typology are set on one copy of its unit
        // cost, and the unit costs copied once, not once per figure.
        Map<String, Map<UnitCost.Item, BigDecimal>> movedCosts = new TreeMap<>();
        CostPolicy prices = policy;
        List<Parameter> moved = new ArrayList<>();
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(changed).entrySet()) {
            String id = e.getKey();
            if (id.startsWith(Uncertainty.COST)) {
                CostFigure f = costFigures.get(id);
                if (f == null) {
                    // Not a figure of these unit costs: setting it says why (no such typology or item).
                    String[] parts = id.substring(Uncertainty.COST.length()).split("/", 2);
                    costs.with(parts[0], UnitCost.Item.fromId(parts.length > 1 ? parts[1] : ""), e.getValue());
                    throw new IllegalArgumentException("no such sensitivity input: " + id);
                }
                movedCosts.computeIfAbsent(f.typology(), k -> new java.util.EnumMap<>(UnitCost.Item.class))
                        .put(f.item(), e.getValue());
            } else if (id.equals(Uncertainty.PRICE_INDEX_GROWTH)) {
                prices = new CostPolicy(policy.priceYear(), policy.priceIndex().withGrowth(e.getValue(),
                        policy.priceYear()), policy.replaceAboveShare());
            } else {
                Parameter p = parameters.get(id);
                if (p == null) {
                    throw new IllegalArgumentException("no such sensitivity input: " + id);
                }
                moved.add(new Parameter(p.standard(), p.name(), e.getValue(), p.unit(), p.provenance(), p.range()));
                sectors.add(sectorOf(p));
            }
        }
        CostQuantities q = central;
        if (!moved.isEmpty()) {
            Set<String> ids = new TreeSet<>();
            sectors.forEach(s -> ids.add(s.id()));
            // Only the moved sectors' gaps are costed again; the others' quantities are the central ones.
            List<io.github.desconcentra.costing.Gap> gaps = Gaps.of(whatIf().withParameters(moved)).stream()
                    .filter(g -> ids.contains(g.sector())).toList();
            q = central.withSectors(ids, new CostCalculator(costs, policy).quantities(territory, gaps));
        }
        UnitCosts u = costs;
        if (!movedCosts.isEmpty()) {
            List<UnitCost> drawn = new ArrayList<>();
            movedCosts.forEach((typology, figures) -> drawn.add(costs.all().get(typology).with(figures)));
            u = costs.with(drawn);
        }
        return q.price(u, prices).measures();
    }
}
