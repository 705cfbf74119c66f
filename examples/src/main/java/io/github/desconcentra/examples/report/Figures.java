package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation.Coverage;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.DeficitsCsv;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.CsvOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The aggregates every report shows, computed once from a run. */
final class Figures {
    /**
     * The run. Figures made for the {@linkplain Reports#start first stage} hold a run without its plan, replaced by
     * the whole run (the same territory, inventory, evaluation and costs) before the files needing the plan start;
     * a writer of the first stage still running then sees either, and reads only what both hold.
     */
    volatile RunResult run;
    /** Deficit per sector and measure at the nation, over the lines whose supply was assessed (costed). */
    final Map<Sector, Map<Measure, Long>> nationalDeficit = new EnumMap<>(Sector.class);
    /** Deficit per sector and measure over the lines whose supply was partly assessed: upper bounds, not costed. */
    final Map<Sector, Map<Measure, Long>> upperBound = new EnumMap<>(Sector.class);
    /** Requirement per sector and measure over the lines whose supply was not assessed: no deficit is known. */
    final Map<Sector, Map<Measure, Long>> unknownRequired = new EnumMap<>(Sector.class);
    /** Capex and opex per sector and unit (sector totals). */
    final Map<UnitCode, Map<String, Money[]>> totals = new TreeMap<>();
    // The figures below are made on first use by whichever writer needs them first (the others wait for it), so that
    // the writers' pool starts at once instead of after all of them.
    private java.util.SortedMap<UnitCode, java.util.SortedMap<Sector, Coverage>> zoneCoverage;
    private java.util.SortedMap<UnitCode, java.util.SortedMap<Sector, Coverage>> districtCoverage;
    private Map<Integer, ? extends Map<String, Money>> spendBySector;
    private java.util.SortedMap<Integer, Money> capexPerYear;
    private java.util.SortedMap<Integer, Money> recurrentPerYear;
    private io.github.desconcentra.costing.PlanOutcomes outcomes;
    private Map<UnitCode, io.github.desconcentra.territory.Coordinates> centroids;

    private DrillDown drillDown;
    /** Made under a lock of its own: rendering takes long, and the other figures are wanted meanwhile. */
    private final Object renderedJsonLock = new Object();
    private Map<String, RenderedJson> renderedJson;
    private RenderState renderedJsonState = RenderState.NOT_STARTED;
    /** The page's parts, made under a lock of their own for the same reason. */
    private final Object pageLock = new Object();
    private String drillJson;
    private InLanguage<String> mapSvg;
    private InLanguage<ReportHtml.Parts> pageParts;
    /** The summary's sections made ahead, under a lock of their own. */
    private final Object summaryLock = new Object();
    private InLanguage<List<String>> summaryAhead;
    private List<Object[]> deficitRows;
    private String mapFingerprint;
    private CircuitOutlines circuitOutlines;

    Figures(RunResult run) {
        this.run = run;
        for (Sector s : Sector.values()) {
            for (Map<Sector, Map<Measure, Long>> table : List.of(nationalDeficit, upperBound, unknownRequired)) {
                Map<Measure, Long> m = new EnumMap<>(Measure.class);
                for (Measure x : Measure.values()) {
                    m.put(x, 0L);
                }
                table.put(s, m);
            }
        }
        // Compared lines partition the requirements, so their sums are the national figures of each state.
        for (DeficitLine l : run.evaluation().comparedLines()) {
            switch (l.assessment()) {
                case ASSESSED -> nationalDeficit.get(l.sector()).merge(l.measure(), l.deficit(), Long::sum);
                case PARTLY_ASSESSED -> upperBound.get(l.sector()).merge(l.measure(), l.deficit(), Long::sum);
                case NOT_ASSESSED -> unknownRequired.get(l.sector()).merge(l.measure(), l.required(), Long::sum);
            }
        }
        for (CostLine c : run.costs().lines()) {
            if (c.scope().equals("total")) {
                totals.computeIfAbsent(c.unit(), k -> new TreeMap<>()).put(c.sector(),
                        new Money[] {c.capex(), c.opexPerYear()});
            }
        }
    }

    /**
     * Gives the figures of a run without its plan the whole run.
     *
     * @throws IllegalArgumentException when the run's territory, inventory, evaluation, costs or sample sectors are
     *     not those the figures were made from
     */
    void complete(RunResult whole) {
        RunResult made = run;
        if (whole.territory() != made.territory() || whole.inventory() != made.inventory()
                || whole.evaluation() != made.evaluation() || whole.costs() != made.costs()
                || !whole.sampleSectors().equals(made.sampleSectors())) {
            throw new IllegalArgumentException("the run is not the one whose first files were started: its territory,"
                    + " inventory, evaluation, costs and sample sectors must be the same objects");
        }
        run = whole;
    }

    /** How far supply is known per zone and sector, with the sources. */
    synchronized java.util.SortedMap<UnitCode, java.util.SortedMap<Sector, Coverage>> zoneCoverage() {
        if (zoneCoverage == null) {
            zoneCoverage = run.evaluation().coverage(Level.ZONE, run.territory());
        }
        return zoneCoverage;
    }

    /** How far supply is known per district and sector, with the sources. */
    synchronized java.util.SortedMap<UnitCode, java.util.SortedMap<Sector, Coverage>> districtCoverage() {
        if (districtCoverage == null) {
            districtCoverage = run.evaluation().coverage(Level.DISTRICT, run.territory());
        }
        return districtCoverage;
    }

    /** Spend per year and sector of the plan: capex paid plus the recurrent cost of what is open. */
    synchronized Map<Integer, ? extends Map<String, Money>> spendBySector() {
        if (spendBySector == null) {
            spendBySector = run.plan().spendPerYearAndSector();
        }
        return spendBySector;
    }

    /** Capex paid each plan year, all sectors ({@link io.github.desconcentra.costing.Plan#capexPerYear}). */
    synchronized java.util.SortedMap<Integer, Money> capexPerYear() {
        if (capexPerYear == null) {
            capexPerYear = java.util.Collections.unmodifiableSortedMap(run.plan().capexPerYear());
        }
        return capexPerYear;
    }

    /** Recurrent cost each plan year ({@link io.github.desconcentra.costing.Plan#recurrentPerYear}). */
    synchronized java.util.SortedMap<Integer, Money> recurrentPerYear() {
        if (recurrentPerYear == null) {
            recurrentPerYear = java.util.Collections.unmodifiableSortedMap(run.plan().recurrentPerYear());
        }
        return recurrentPerYear;
    }

    /** What the plan achieves. */
    synchronized io.github.desconcentra.costing.PlanOutcomes outcomes() {
        if (outcomes == null) {
            outcomes = io.github.desconcentra.costing.PlanOutcomes.of(run.plan(), run.territory());
        }
        return outcomes;
    }

    /** The population-weighted centre of each circuit's parishes (absent when none has a point). */
    synchronized Map<UnitCode, io.github.desconcentra.territory.Coordinates> centroids() {
        if (centroids == null) {
            Map<UnitCode, io.github.desconcentra.territory.Coordinates> m = new java.util.HashMap<>();
            for (io.github.desconcentra.territory.Circuit c : run.territory().circuits()) {
                io.github.desconcentra.territory.Coordinates at = ReportGeoJson.centroid(run.territory(), c.code());
                if (at != null) {
                    m.put(c.code(), at);
                }
            }
            centroids = m;
        }
        return centroids;
    }

    /**
     * The drill-down figures of every unit, sector and measure, computed on first use (by whichever report writer
     * needs them first; the others wait for it).
     */
    synchronized DrillDown drillDown() {
        if (drillDown == null) {
            drillDown = new DrillDown(this);
        }
        return drillDown;
    }

    /**
     * Renders the values of report.json's fields that need no plan ({@link ReportJson#RENDERED}) ahead of the file,
     * unless report.json has begun without them: for the reports' first stage, once its files are written.
     *
     * @throws RuntimeException as rendering throws (report.json then writes the fields itself)
     */
    void renderJsonAhead() {
        synchronized (renderedJsonLock) {
            if (renderedJsonState != RenderState.NOT_STARTED) {
                return;
            }
            renderedJsonState = RenderState.RENDERING;
        }
        Map<String, RenderedJson> made = null;
        try {
            made = ReportJson.render(this);
        } finally {
            synchronized (renderedJsonLock) {
                renderedJson = made;
                renderedJsonState = made == null ? RenderState.NOT_USED : RenderState.RENDERED;
                renderedJsonLock.notifyAll();
            }
        }
    }

    /**
     * The values rendered by {@link #renderJsonAhead()}, waiting for them while they are made; null when they were not
     * (report.json writes those fields itself then, and they are not rendered afterwards).
     */
    Map<String, RenderedJson> renderedJsonIfAhead() {
        synchronized (renderedJsonLock) {
            if (renderedJsonState == RenderState.NOT_STARTED) {
                renderedJsonState = RenderState.NOT_USED;
            }
            while (renderedJsonState == RenderState.RENDERING) {
                try {
                    renderedJsonLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while report.json's fields were rendered", e);
                }
            }
            return renderedJson;
        }
    }

    /** Where the rendering of report.json's fields ahead of the file stands. */
    private enum RenderState {
        NOT_STARTED, RENDERING, RENDERED, NOT_USED
    }

    /**
     * The page's drill-down figures as the JSON it embeds ({@link DrillDown#writeJson}), made once on first use: by the
     * reports' first stage, or else by the page.
     */
    String drillJson() {
        synchronized (pageLock) {
            if (drillJson == null) {
                java.io.StringWriter out = new java.io.StringWriter(1 << 20);
                try {
                    drillDown().writeJson(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                drillJson = out.toString();
            }
            return drillJson;
        }
    }

    /**
     * The summary's sections made ahead in a language ({@link SummaryText#ahead}), made once on first use: by the
     * reports' first stage, or else by the summary.
     */
    List<String> summaryAhead(Messages m) {
        synchronized (summaryLock) {
            if (summaryAhead == null || !summaryAhead.language().equals(m.language())) {
                summaryAhead = new InLanguage<>(m.language(), SummaryText.ahead(this, m));
            }
            return summaryAhead.value();
        }
    }

    /**
     * The page's sections that need no plan in a language ({@link ReportHtml#parts}), made once on first use: by the
     * reports' first stage, or else by the page.
     */
    ReportHtml.Parts pageParts(Messages m) {
        synchronized (pageLock) {
            if (pageParts == null || !pageParts.language().equals(m.language())) {
                pageParts = new InLanguage<>(m.language(), ReportHtml.parts(this, m));
            }
            return pageParts.value();
        }
    }

    /**
     * The page's map in a language ({@link ReportMap#svg}), made once on first use: by the reports' first stage, or
     * else by the page; only for a territory the map can draw.
     */
    String mapSvg(Messages m) {
        synchronized (pageLock) {
            if (mapSvg == null || !mapSvg.language().equals(m.language())) {
                mapSvg = new InLanguage<>(m.language(), new ReportMap(run.territory(), drillDown().index,
                        mapFingerprint()).svg(m));
            }
            return mapSvg.value();
        }
    }

    /** What was made in a language: made again should another language be asked for. */
    private record InLanguage<T>(java.util.Locale language, T value) {
    }

    /**
     * The raw rows of deficits.csv ({@link DeficitsCsv#rows}), made once on first use and shared by the file and the
     * workbook's deficits sheet: each line's zone, district, sources text and identifiers are worked out once, not
     * once per writer.
     */
    synchronized CsvOutput.Rows deficitRows() {
        if (deficitRows == null) {
            List<Object[]> rows = new ArrayList<>(run.evaluation().lines().size());
            try {
                DeficitsCsv.rows(run.evaluation(), run.territory()).into(rows::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            deficitRows = rows;
        }
        List<Object[]> rows = deficitRows;
        return sink -> {
            for (Object[] r : rows) {
                sink.record(r);
            }
        };
    }

    /**
     * {@link MapDrawing#fingerprint(Territory)} of the run's territory, computed once on first use (by the page's map
     * or by deficits.geojson's outlines, whichever comes first); only for a territory with boundaries.
     */
    synchronized String mapFingerprint() {
        if (mapFingerprint == null) {
            mapFingerprint = MapDrawing.fingerprint(run.territory());
        }
        return mapFingerprint;
    }

    /** The circuits' outlines of the run's territory (with boundaries), made on first use. */
    synchronized CircuitOutlines circuitOutlines() {
        if (circuitOutlines == null) {
            circuitOutlines = CircuitOutlines.of(run.territory(), mapFingerprint());
        }
        return circuitOutlines;
    }

    /** The capex of the ideal network where a sector's supply is unknown, at the nation. */
    Money idealCapex(String sector) {
        io.github.desconcentra.costing.CostLine l = run.costs().idealTotals().get(sector);
        return l == null ? Money.zero(Money.USD) : l.capex();
    }

    /** The recurrent cost of the ideal network where a sector's supply is unknown, at the nation. */
    Money idealOpex(String sector) {
        io.github.desconcentra.costing.CostLine l = run.costs().idealTotals().get(sector);
        return l == null ? Money.zero(Money.USD) : l.opexPerYear();
    }

    /** The one-letter state of a coverage: A assessed, P partly, N not assessed. */
    static String letter(io.github.desconcentra.standards.Assessment a) {
        return switch (a) {
            case ASSESSED -> "A";
            case PARTLY_ASSESSED -> "P";
            case NOT_ASSESSED -> "N";
        };
    }

    /** Every source of the run as cited, with its status, e.g. {@code mineduc-amie-2023 (2023), sourced}. */
    List<String> sources() {
        return run.inventory().sources().stream().map(x -> x.citation() + ", " + x.status().id()
                + (x.status() == io.github.desconcentra.territory.Provenance.Status.SAMPLE
                ? " (GENERATED DEMO, NOT REAL)" : "")).toList();
    }

    /** A cell naming an inventory's sources and, when any is the generated sample, saying so. */
    String inventoryCell() {
        return run.inventory().hasSample() ? "SAMPLE (generated demo, not real) in: " + String.join("; ",
                run.sampleSectors()) : "real inventories only";
    }

    Money capex(UnitCode unit, String sector) {
        Money[] v = totals.getOrDefault(unit, Map.of()).get(sector);
        return v == null ? Money.zero(Money.USD) : v[0];
    }

    Money opex(UnitCode unit, String sector) {
        Money[] v = totals.getOrDefault(unit, Map.of()).get(sector);
        return v == null ? Money.zero(Money.USD) : v[1];
    }

    Money capex(UnitCode unit) {
        return Money.total(Money.USD, totals.getOrDefault(unit, Map.of()).values().stream().map(v -> v[0]).toList());
    }

    Money opex(UnitCode unit) {
        return Money.total(Money.USD, totals.getOrDefault(unit, Map.of()).values().stream().map(v -> v[1]).toList());
    }

    /** Gap capex per inhabitant of a unit, 2 decimals. */
    BigDecimal capexPerCapita(UnitCode unit) {
        long pop = run.territory().population(unit);
        return pop == 0 ? BigDecimal.ZERO.setScale(2) : capex(unit).amount().divide(BigDecimal.valueOf(pop), 2,
                RoundingMode.HALF_EVEN);
    }

    static List<String> sectorIds() {
        return java.util.Arrays.stream(Sector.values()).map(Sector::id).toList();
    }
}
