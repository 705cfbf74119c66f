package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the drill-down tables: for every unit of the planning hierarchy (nation, zones, districts,
 * circuits), sector and measure, what is required, the usable supply known, the deficit where the supply was
 * assessed, the upper-bound deficit where it was partly assessed, the requirement whose supply is not assessed, the
 * requirement compared with supply at a coarser unit, and how far the supply is known; with the cost of the gap per
 * unit and sector. Computed in one pass over the lines (each line added to its unit and the unit's ancestors).
 */
final class DrillDown {
    /** The index of each figure in a row's counts. */
    static final int REQUIRED = 0;
    static final int USABLE = 1;
    static final int DEFICIT = 2;
    static final int UPPER_BOUND = 3;
    static final int REQUIRED_UNKNOWN = 4;
    static final int COMPARED_ABOVE = 5;
    static final int REQUIRED_ASSESSED = 6;
    /** The requirement compared with supply at the unit or below where that supply was assessed. */
    static final int COMPARED_ASSESSED = 7;
    private static final int COUNTS = 8;

    /** Units in the order of the tables: the nation, then the zones, districts and circuits in territory order. */
    final List<UnitCode> units = new ArrayList<>();
    /** The position of each unit in {@link #units}: how the page's map names its units. */
    final Map<UnitCode, Integer> index = new HashMap<>();
    private final Map<UnitCode, Map<Sector, Map<Measure, Figure>>> figures = new HashMap<>();
    /** The lines of each unit itself, not of the units in it: what a zone or district adds to its parts. */
    private final Map<UnitCode, Map<Sector, Map<Measure, Figure>>> own = new HashMap<>();
    private final Figures f;

    /** The counts of one unit, sector and measure, and the combined state of its supply. */
    static final class Figure {
        final long[] counts = new long[COUNTS];
        Assessment assessment;
        /** The state of the comparisons alone: what a unit holding comparisons but no requirement reports. */
        Assessment compared;

        Assessment state() {
            return assessment != null ? assessment : compared;
        }
    }

    DrillDown(Figures f) {
        this.f = f;
        Territory t = f.run.territory();
        add(t.nation().code());
        t.zones().forEach(z -> add(z.code()));
        t.districts().forEach(d -> add(d.code()));
        t.circuits().forEach(c -> add(c.code()));
        // A unit has dozens of lines: its chain (itself, then its ancestors that are table units) is worked out once.
        Map<UnitCode, UnitCode[]> chains = new HashMap<>();
        for (DeficitLine l : f.run.evaluation().lines()) {
            if (l.scope() == DeficitLine.Scope.ROLLUP || !index.containsKey(l.code())) {
                continue;
            }
            UnitCode[] comparedAt = l.scope() == DeficitLine.Scope.COMPARISON ? null
                    : chains.computeIfAbsent(l.comparedAt(), u -> chain(t, u));
            for (UnitCode u : chains.computeIfAbsent(l.code(), u -> chain(t, u))) {
                add(figures, u, l, comparedAt);
            }
            if (l.level() != io.github.desconcentra.territory.Level.CIRCUIT) {
                add(own, l.code(), l, comparedAt);
            }
        }
    }

    /** A unit and its ancestors, nearest first, keeping those that are units of the tables. */
    private UnitCode[] chain(Territory t, UnitCode unit) {
        List<UnitCode> chain = new ArrayList<>();
        chain.add(unit);
        chain.addAll(t.ancestors(unit));
        chain.removeIf(u -> !index.containsKey(u));
        return chain.toArray(UnitCode[]::new);
    }

    /**
     * Adds a line to a unit's figure.
     *
     * @param comparedAt the unit the line is compared at and its ancestors (as {@link #chain} gives them, so only those
     *                   that are table units: {@code u} is one), or null for a comparison line
     */
    private void add(Map<UnitCode, Map<Sector, Map<Measure, Figure>>> to, UnitCode u, DeficitLine l,
                     UnitCode[] comparedAt) {
        Figure x = to.computeIfAbsent(u, k -> new EnumMap<>(Sector.class))
                .computeIfAbsent(l.sector(), k -> new EnumMap<>(Measure.class))
                .computeIfAbsent(l.measure(), k -> new Figure());
        if (l.isCompared()) {
            compared(x, l);
        }
        if (comparedAt != null) {
            required(x, l, u, comparedAt);
        }
    }

    private void add(UnitCode u) {
        index.put(u, units.size());
        units.add(u);
    }

    /** Supply and deficit count where the line compares them: at its unit and every unit above. */
    private static void compared(Figure x, DeficitLine l) {
        x.compared = x.compared == null ? l.assessment() : x.compared.and(l.assessment());
        switch (l.assessment()) {
            case ASSESSED -> {
                x.counts[USABLE] += l.usableSupply();
                x.counts[DEFICIT] += l.deficit();
                x.counts[COMPARED_ASSESSED] += l.required();
            }
            case PARTLY_ASSESSED -> {
                x.counts[USABLE] += l.usableSupply();
                x.counts[UPPER_BOUND] += l.deficit();
            }
            case NOT_ASSESSED -> {
                // The supply is unknown: no usable supply and no deficit are counted.
            }
        }
    }

    /**
     * Requirements count at their unit and above (standard and requirement lines partition them); a requirement
     * compared above {@code u} is counted apart so a reader knows its deficit shows at a coarser unit.
     */
    private static void required(Figure x, DeficitLine l, UnitCode u, UnitCode[] comparedAt) {
        x.counts[REQUIRED] += l.required();
        switch (l.assessment()) {
            case ASSESSED -> x.counts[REQUIRED_ASSESSED] += l.required();
            case NOT_ASSESSED -> x.counts[REQUIRED_UNKNOWN] += l.required();
            case PARTLY_ASSESSED -> {
            }
        }
        if (!contains(comparedAt, u)) {
            x.counts[COMPARED_ABOVE] += l.required();
        }
        x.assessment = x.assessment == null ? l.assessment() : x.assessment.and(l.assessment());
    }

    private static boolean contains(UnitCode[] units, UnitCode u) {
        for (UnitCode v : units) {
            if (v.equals(u)) {
                return true;
            }
        }
        return false;
    }

    /** The figure of a unit, sector and measure, or null when the unit has no requirement of it. */
    Figure figure(UnitCode u, Sector s, Measure m) {
        return figures.getOrDefault(u, Map.of()).getOrDefault(s, Map.of()).get(m);
    }

    /**
     * Writes the figures as one JSON document safe inside a {@code <script>} element ({@code <}, {@code >} and
     * {@code &} escaped): {@code units} [code, name, level, parent index or -1, population], {@code sectors} [id,
     * [measures]], {@code rows} [unit, sector, measure, required, usable, deficit, upper bound, required where
     * unknown, compared above, required assessed, required compared here and assessed, state letter], {@code own} the same for each unit's own lines,
     * {@code costs} [unit, sector, capex, opex per year, own capex, own opex per year] in USD.
     */
    void writeJson(Writer out) throws IOException {
        Territory t = f.run.territory();
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setCharacterEscapes(new HtmlSafe());
        g.writeStartObject();
        g.writeArrayFieldStart("units");
        for (UnitCode u : units) {
            g.writeStartArray();
            g.writeString(u.value());
            g.writeString(t.unit(u).name());
            g.writeString(u.level().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumber(t.parent(u).map(p -> index.getOrDefault(p, -1)).orElse(-1));
            g.writeNumber(t.population(u));
            g.writeEndArray();
        }
        g.writeEndArray();
        List<Sector> sectors = List.of(Sector.values());
        g.writeArrayFieldStart("sectors");
        for (Sector s : sectors) {
            g.writeStartArray();
            g.writeString(s.id());
            g.writeStartArray();
            for (Measure m : Measure.values()) {
                if (figure(t.nation().code(), s, m) != null) {
                    g.writeString(m.id());
                }
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        rows(g, "rows", figures);
        rows(g, "own", own);
        costs(g);
        g.writeEndObject();
        g.flush();
    }

    private void rows(JsonGenerator g, String name, Map<UnitCode, Map<Sector, Map<Measure, Figure>>> from)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < units.size(); i++) {
            Map<Sector, Map<Measure, Figure>> bySector = from.getOrDefault(units.get(i), Map.of());
            for (Map.Entry<Sector, Map<Measure, Figure>> s : bySector.entrySet()) {
                for (Map.Entry<Measure, Figure> m : s.getValue().entrySet()) {
                    g.writeStartArray();
                    g.writeNumber(i);
                    g.writeNumber(s.getKey().ordinal());
                    g.writeString(m.getKey().id());
                    for (long c : m.getValue().counts) {
                        g.writeNumber(c);
                    }
                    g.writeString(Figures.letter(m.getValue().state()));
                    g.writeEndArray();
                }
            }
        }
        g.writeEndArray();
    }

    /**
     * The cost per unit and sector, and the cost of each unit itself: its total less the totals of the units in it
     * (the gap compared at a zone or district rather than in its parts).
     */
    private void costs(JsonGenerator g) throws IOException {
        Territory t = f.run.territory();
        g.writeArrayFieldStart("costs");
        for (int i = 0; i < units.size(); i++) {
            UnitCode u = units.get(i);
            for (Sector s : Sector.values()) {
                Money capex = f.capex(u, s.id());
                Money opex = f.opex(u, s.id());
                if (capex.isZero() && opex.isZero()) {
                    continue;
                }
                Money ownCapex = capex;
                Money ownOpex = opex;
                for (UnitCode c : t.children(u)) {
                    ownCapex = ownCapex.minus(f.capex(c, s.id()));
                    ownOpex = ownOpex.minus(f.opex(c, s.id()));
                }
                g.writeStartArray();
                g.writeNumber(i);
                g.writeNumber(s.ordinal());
                g.writeNumber(capex.amount());
                g.writeNumber(opex.amount());
                g.writeNumber(t.children(u).isEmpty() ? capex.amount() : ownCapex.amount());
                g.writeNumber(t.children(u).isEmpty() ? opex.amount() : ownOpex.amount());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
    }

    /** Escapes what could end a script element or open markup inside it. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] codes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            codes['<'] = ESCAPE_STANDARD;
            codes['>'] = ESCAPE_STANDARD;
            codes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
