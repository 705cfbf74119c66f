package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Placement;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.TerritorialUnit;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded standards evaluated by hand-written Java written for speed, with no rule engine: the benchmark's
 * baseline. It gives exactly the engine's deficit lines, every field of every line in the same order (the benchmark
 * checks it), with the engine's semantics: establishments placed at the finest unit holding every circuit their
 * record allows, requirements compared where their supply is located (comparison and requirement lines, supply shared
 * out once among competing rules), substitutions, assessed / partly / not assessed from the sources' coverage and the
 * known values, the weakest status of every input, roll-ups.
 *
 * <p>How it is fast: the territory is indexed once per {@link Territory} (units top-down in arrays: parent, depth,
 * name, demographics, sort rank); a record located only by its parish is placed through an array indexed by the
 * parish code's six digits; supply is counted into primitive arrays indexed by unit and measure, one row per typology
 * and only over the units at or above the typology's level; the rules are plain Java over exact integer fractions of
 * the parameters; requirements, roll-ups and the final order are arrays and one sort of {@code long} keys. No map is
 * read per establishment or per line, except for records located by more than a parish (a cache by their location
 * fields, as in the engine). Not thread-safe: one evaluation at a time.
 *
 * <p>Limits, stated rather than approximated: it evaluates every sector, flags no redundant establishments (the
 * engine's duplicate distance must be 0), and handles at most 64 inventory sources.
 */
public final class BaselineEvaluator {
    private static final Measure[] MEASURES = Measure.values();
    private static final Provenance.Status[] STATUSES = Provenance.Status.values();
    private static final int SOURCED = Provenance.Status.SOURCED.ordinal();
    private static final int ESTIMATED = Provenance.Status.ESTIMATED.ordinal();
    private static final int ASSUMED = Provenance.Status.ASSUMED.ordinal();
    private static final int PARISH_CODES = 1_000_000;
    private static final int MAX_SOURCES = 64;

    private final StandardsEngine engine;
    private final Catalogue catalogue;
    private final HandWrittenStandards rules;
    private final Typologies typologies;
    private Index index;

    /**
     * A baseline of the engine's embedded standards: the same catalogue, parameters, rule metadata and placements.
     *
     * @param engine never null
     * @throws IllegalStateException when a rule or parameter of the hand-written standards is not in the engine
     */
    public BaselineEvaluator(StandardsEngine engine) {
        this.engine = engine;
        this.catalogue = engine.catalogue();
        this.typologies = new Typologies(catalogue);
        this.rules = new HandWrittenStandards(catalogue, engine.rules(), typologies);
    }

    /** The typologies of the catalogue in the engine's index order, and a lookup by code over an array. */
    static final class Typologies {
        final String[] code;
        final int[] depth;
        private final int[] slots;
        private final int mask;

        Typologies(Catalogue catalogue) {
            List<Typology> all = List.copyOf(catalogue.typologies().values());
            code = new String[all.size()];
            depth = new int[all.size()];
            int size = Integer.highestOneBit(Math.max(4, all.size() * 4)) * 2;
            slots = new int[size];
            mask = size - 1;
            for (int i = 0; i < all.size(); i++) {
                code[i] = all.get(i).code();
                depth[i] = all.get(i).level().depth();
                int h = spread(code[i].hashCode()) & mask;
                while (slots[h] != 0) {
                    h = (h + 1) & mask;
                }
                slots[h] = i + 1;
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /** The index of a typology code, or -1. */
        int of(String c) {
            int h = spread(c.hashCode()) & mask;
            while (slots[h] != 0) {
                int i = slots[h] - 1;
                if (code[i] == c || code[i].equals(c)) {
                    return i;
                }
                h = (h + 1) & mask;
            }
            return -1;
        }

        int size() {
            return code.length;
        }
    }

    /**
     * The territory in arrays, units top-down (the nation, zones, districts, circuits), so the units at or above a
     * level are a prefix; plus the placements of records already located on it.
     */
    static final class Index {
        final Territory territory;
        final int n;
        final UnitCode[] code;
        final String[] name;
        final int[] parent;
        final int[] depth;
        final int[] rank;
        final io.github.desconcentra.territory.Demographics[] demographics;
        /** How the people and the age groups of a unit are known (status ordinals). */
        final byte[] people;
        final byte[] ages;
        final int[] circuits;
        /** Units with a depth of at most d, for d = 0..3. */
        final int[] prefix = new int[4];
        final java.util.Map<UnitCode, Integer> unitIndex = new java.util.HashMap<>();
        /** Per six-digit parish code: 0 when not yet located, unit + 1 when in one circuit, -(unit + 1) otherwise. */
        final int[] parishUnit = new int[PARISH_CODES];
        final Placement[] parishPlacement = new Placement[PARISH_CODES];
        final java.util.Map<List<Object>, Located> located = new java.util.HashMap<>();

        Index(Territory t) {
            this.territory = t;
            List<UnitCode> all = new java.util.ArrayList<>();
            Level[] levels = {Level.NATION, Level.ZONE, Level.DISTRICT, Level.CIRCUIT};
            for (int d = 0; d < levels.length; d++) {
                for (TerritorialUnit u : t.units(levels[d])) {
                    all.add(u.code());
                }
                prefix[d] = all.size();
            }
            n = all.size();
            code = all.toArray(new UnitCode[0]);
            name = new String[n];
            parent = new int[n];
            depth = new int[n];
            demographics = new io.github.desconcentra.territory.Demographics[n];
            people = new byte[n];
            ages = new byte[n];
            circuits = new int[n];
            for (int u = 0; u < n; u++) {
                unitIndex.put(code[u], u);
            }
            boolean[] estimated = new boolean[n];
            for (int u = 0; u < n; u++) {
                name[u] = t.unit(code[u]).name();
                parent[u] = t.parent(code[u]).map(unitIndex::get).orElse(-1);
                depth[u] = code[u].level().depth();
                demographics[u] = t.demographics(code[u]);
                if (depth[u] == 3) {
                    circuits[u] = 1;
                    estimated[u] = t.circuit((io.github.desconcentra.territory.CircuitCode) code[u]).isEstimated();
                }
            }
            for (int u = n - 1; u >= 0; u--) {
                if (parent[u] >= 0) {
                    circuits[parent[u]] += circuits[u];
                    estimated[parent[u]] |= estimated[u];
                }
            }
            int census = t.year() == t.censusYear() ? SOURCED : ESTIMATED;
            for (int u = 0; u < n; u++) {
                int p = estimated[u] ? Math.max(census, ESTIMATED) : census;
                int a = p;
                for (io.github.desconcentra.territory.AgeBasis b : t.ageBasis(code[u])) {
                    a = Math.max(a, switch (b) {
                        case CENSUS_STRUCTURE -> ESTIMATED;
                        case USER_SUPPLIED -> SOURCED;
                        case ASSUMED_SHARES -> ASSUMED;
                    });
                }
                people[u] = (byte) p;
                ages[u] = (byte) a;
            }
            Integer[] order = new Integer[n];
            for (int u = 0; u < n; u++) {
                order[u] = u;
            }
            Arrays.sort(order, (a, b) -> depth[a] != depth[b] ? Integer.compare(depth[a], depth[b])
                    : code[a].value().compareTo(code[b].value()));
            rank = new int[n];
            for (int i = 0; i < n; i++) {
                rank[order[i]] = i;
            }
        }
    }

    /** A record's placement: its unit (+1, negated when it may lie in several circuits) and the placement. */
    private record Located(int unit, Placement placement) {
    }

    /** Supply of one typology per unit (at or above its level) and measure: {@code [unit * 3 + measure]}. */
    private static final class Row {
        final long[] usable;
        final long[] repair;
        /** Bit m: some counted value of measure m is unknown; bit 3 + m: some is known. */
        final byte[] flags;
        /** The weakest status (ordinal + 1) of measure m among counted values, 0 when none. */
        final byte[] weakest;
        /** The sources (bit per index) of the counted establishments; null when the inventory declares none. */
        final long[] sources;

        Row(int units, boolean withSources) {
            usable = new long[units * 3];
            repair = new long[units * 3];
            flags = new byte[units];
            weakest = new byte[units * 3];
            sources = withSources ? new long[units] : null;
        }

        void addInto(int from, int to) {
            for (int m = 0; m < 3; m++) {
                usable[to * 3 + m] += usable[from * 3 + m];
                repair[to * 3 + m] += repair[from * 3 + m];
                weakest[to * 3 + m] = (byte) Math.max(weakest[to * 3 + m], weakest[from * 3 + m]);
            }
            flags[to] |= flags[from];
            if (sources != null) {
                sources[to] |= sources[from];
            }
        }
    }

    /** Establishments of a typology that may lie in several children of a (non-circuit) unit, with an example. */
    private static final class Spreads {
        final int[] count;
        final String[] example;

        Spreads(int units) {
            count = new int[units];
            example = new String[units];
        }
    }

    /** One source's coverage of a typology and measure, per unit: sources whose coverage meets it, circuits covered. */
    private static final class Cover {
        final long[] meets;
        final int[] complete;

        Cover(int units) {
            meets = new long[units];
            complete = new int[units];
        }
    }

    /** The state of one evaluation. */
    private final class Run {
        final Index ix;
        final List<InventorySource> sources;
        final Row[] rows = new Row[typologies.size()];
        final Spreads[] spreads = new Spreads[typologies.size()];
        final boolean[] acrossZones = new boolean[typologies.size()];
        final Cover[][] covers = new Cover[typologies.size()][3];
        final boolean[][] coverDone = new boolean[typologies.size()][3];
        final String[] citation;
        final int[] sourceStatus;
        final Requirements req = new Requirements();
        final Lines lines = new Lines();
        final HandWrittenStandards.RollUp[] rollUps = new HandWrittenStandards.RollUp[rules.kinds.size()];

        Run(Index ix, Inventory inventory) {
            this.ix = ix;
            this.sources = inventory.sources();
            if (sources.size() > MAX_SOURCES) {
                throw new IllegalArgumentException("the baseline handles at most " + MAX_SOURCES + " inventory"
                        + " sources: " + sources.size());
            }
            citation = new String[sources.size()];
            sourceStatus = new int[sources.size()];
            for (int i = 0; i < sources.size(); i++) {
                citation[i] = sources.get(i).citation();
                sourceStatus[i] = sources.get(i).status().ordinal();
            }
        }

        /** Counts the usable supply of every establishment where it is located, then rolls it up. */
        void count(List<Establishment> establishments) {
            boolean withSources = !sources.isEmpty();
            String lastSource = null;
            int lastIndex = -1;
            for (Establishment e : establishments) {
                if (!e.condition().isUsable()) {
                    continue;
                }
                int t = typologies.of(e.typology());
                if (t < 0) {
                    throw new IllegalArgumentException("establishment " + e.id() + " has typology " + e.typology()
                            + ", unknown to the standards");
                }
                int at = locate(e);
                if (at < 0) {
                    at = -at - 1;
                    noteSpread(t, at, e);
                } else {
                    at = at - 1;
                }
                int source = -1;
                if (withSources) {
                    String s = e.source();
                    if (s != lastSource) {
                        lastSource = s;
                        lastIndex = -1;
                        for (int i = 0; i < sources.size(); i++) {
                            if (sources.get(i).id().equals(s)) {
                                lastIndex = i;
                                break;
                            }
                        }
                    }
                    source = lastIndex;
                }
                int td = typologies.depth[t];
                while (ix.depth[at] > td) {
                    at = ix.parent[at];
                }
                Row row = rows[t];
                if (row == null) {
                    row = new Row(ix.prefix[td], withSources);
                    rows[t] = row;
                }
                int base = at * 3;
                boolean repair = e.condition() == io.github.desconcentra.standards.Condition.NEEDS_REPAIR;
                int status = source < 0 ? -1 : sourceStatus[source];
                status = Math.max(status, e.typologyStatus().ordinal());
                add(row, base, 0, e.units(), repair, e.typologyStatus(), status);
                add(row, base, 1, e.capacity(), repair, e.capacityStatus(), status);
                add(row, base, 2, e.staff(), repair, e.staffStatus(), status);
                if (source >= 0) {
                    row.sources[at] |= 1L << source;
                }
            }
            for (Row row : rows) {
                if (row != null) {
                    for (int u = row.flags.length - 1; u > 0; u--) {
                        row.addInto(u, ix.parent[u]);
                    }
                }
            }
        }

        private void add(Row row, int base, int m, long value, boolean repair, Provenance.Status s, int status) {
            row.usable[base + m] += value;
            if (repair) {
                row.repair[base + m] += value;
            }
            if (s == null) {
                row.flags[base / 3] |= (byte) (1 << m);
            } else {
                row.flags[base / 3] |= (byte) (1 << (3 + m));
                int w = Math.max(s.ordinal(), status) + 1;
                if (w > row.weakest[base + m]) {
                    row.weakest[base + m] = (byte) w;
                }
            }
        }

        /** The unit of a record (+1), negated when it may lie in several circuits. */
        private int locate(Establishment e) {
            if (e.circuit() == null && e.within() == null && e.location() == null && e.parish() != null) {
                String p = e.parish().value();
                int c = 0;
                for (int i = 0; i < 6; i++) {
                    c = c * 10 + (p.charAt(i) - '0');
                }
                int v = ix.parishUnit[c];
                if (v == 0) {
                    Placement placement = engine.locate(ix.territory, e);
                    int u = ix.unitIndex.get(placement.unit()) + 1;
                    v = placement.isOneCircuit() ? u : -u;
                    ix.parishUnit[c] = v;
                    ix.parishPlacement[c] = placement;
                }
                return v;
            }
            return ix.located.computeIfAbsent(Arrays.asList(e.circuit(), e.parish(), e.within(), e.location()), k -> {
                Placement placement = engine.locate(ix.territory, e);
                int u = ix.unitIndex.get(placement.unit()) + 1;
                return new Located(placement.isOneCircuit() ? u : -u, placement);
            }).unit();
        }

        private void noteSpread(int t, int at, Establishment e) {
            if (ix.depth[at] == 0) {
                acrossZones[t] = true;
            }
            Spreads s = spreads[t];
            if (s == null) {
                s = new Spreads(ix.prefix[2]);
                spreads[t] = s;
            }
            s.count[at]++;
            if (s.example == null || s.example[at] == null) {
                Placement p = placementOf(e);
                List<io.github.desconcentra.territory.CircuitCode> c = p.circuits();
                s.example[at] = p.basis() + (c.size() <= 4 ? " (circuits " + String.join(", ",
                        c.stream().map(io.github.desconcentra.territory.CircuitCode::value).toList()) + ")"
                        : " (" + c.size() + " circuits)");
            }
        }

        private Placement placementOf(Establishment e) {
            if (e.circuit() == null && e.within() == null && e.location() == null && e.parish() != null) {
                return ix.parishPlacement[Integer.parseInt(e.parish().value())];
            }
            return ix.located.get(Arrays.asList(e.circuit(), e.parish(), e.within(), e.location())).placement();
        }

        /** The coverage of a typology and measure per unit, or null when no source covers it anywhere. */
        Cover cover(int t, int m) {
            if (!coverDone[t][m]) {
                coverDone[t][m] = true;
                Typology ty = catalogue.typology(typologies.code[t]).orElseThrow();
                Cover c = null;
                long[] meetsCircuit = null;
                boolean[] completeCircuit = null;
                for (int si = 0; si < sources.size(); si++) {
                    for (InventorySource.Coverage cov : sources.get(si).coverage()) {
                        if (!cov.covers(ty.sector(), ty.code(), MEASURES[m])) {
                            continue;
                        }
                        if (c == null) {
                            c = new Cover(ix.n);
                            meetsCircuit = new long[ix.n];
                            completeCircuit = new boolean[ix.n];
                        }
                        for (UnitCode over : cov.over()) {
                            if (!ix.territory.contains(over)) {
                                continue;
                            }
                            for (int u : circuitsWithin(over)) {
                                meetsCircuit[u] |= 1L << si;
                                completeCircuit[u] |= cov.complete();
                            }
                        }
                    }
                }
                if (c != null) {
                    for (int u = ix.prefix[2]; u < ix.n; u++) {
                        c.meets[u] = meetsCircuit[u];
                        c.complete[u] = completeCircuit[u] ? 1 : 0;
                    }
                    for (int u = ix.n - 1; u > 0; u--) {
                        c.meets[ix.parent[u]] |= c.meets[u];
                        c.complete[ix.parent[u]] += c.complete[u];
                    }
                }
                covers[t][m] = c;
            }
            return covers[t][m];
        }

        /**
         * The circuits (unit indices) within a unit: for a planning unit its circuits, for a province, canton or
         * parish the circuits holding its parishes.
         */
        private int[] circuitsWithin(UnitCode unit) {
            java.util.TreeSet<String> codes = new java.util.TreeSet<>();
            collectCircuits(unit, codes);
            return codes.stream().mapToInt(c -> ix.unitIndex.get(ix.territory.circuit(
                    io.github.desconcentra.territory.CircuitCode.of(c)).code())).toArray();
        }

        private void collectCircuits(UnitCode unit, java.util.Set<String> out) {
            Territory t = ix.territory;
            if (unit.level() == Level.CIRCUIT) {
                out.add(unit.value());
            } else if (unit.level() == Level.PARISH) {
                t.circuitsHolding((io.github.desconcentra.territory.ParishCode) unit).forEach(c -> out.add(c.value()));
            } else if (unit.level() == Level.NATION) {
                t.circuits().forEach(c -> out.add(c.code().value()));
            } else {
                for (UnitCode child : t.children(unit)) {
                    if (child.level() != Level.PROVINCE) {
                        collectCircuits(child, out);
                    }
                }
            }
        }

        /** Per typology: true when some of its supply may lie in several children of a unit. */
        boolean[] spreadBelow() {
            boolean[] out = new boolean[spreads.length];
            for (int t = 0; t < out.length; t++) {
                out[t] = spreads[t] != null;
            }
            return out;
        }

        /** The status of the people a requirement rests on, as the engine reads it from its inputs' names. */
        int demographic(int r) {
            boolean ages = io.github.desconcentra.standards.Requirement.restsOnAgeGroups(req.inputs[r]);
            return ages ? ix.ages[req.unit[r]] : ix.people[req.unit[r]];
        }

        /**
         * A standard or comparison line: requirements {@code rs} (or the one {@code first} when null) of kind
         * {@code k} against the supply within unit {@code at}, or against the share {@code allocated} to them.
         */
        DeficitLine compared(DeficitLine.Scope scope, HandWrittenStandards.Kind k, int first, int[] rs, int at, long[] allocated,
                             String comparison) {
            int m = k.measure.ordinal();
            int status = k.baseStatus;
            long required;
            if (rs == null) {
                required = req.quantity[first];
                status = Math.max(status, demographic(first));
            } else {
                required = 0;
                for (int r : rs) {
                    required += req.quantity[r];
                    status = Math.max(status, demographic(r));
                }
            }
            long usable = 0;
            long repair = 0;
            int flags = 0;
            long cited = 0;
            int idx = at * 3 + m;
            for (int t : k.counting) {
                Row row = rows[t];
                if (row != null) {
                    usable += row.usable[idx];
                    repair += row.repair[idx];
                    flags |= row.flags[at];
                    if (row.sources != null) {
                        cited |= row.sources[at];
                    }
                    status = Math.max(status, row.weakest[idx] - 1);
                }
            }
            boolean unknown = (flags & (1 << m)) != 0;
            boolean known = (flags & (1 << (3 + m))) != 0;
            Assessment a;
            if (k.counting.length == 0) {
                a = Assessment.ASSESSED;
            } else {
                boolean full = !sources.isEmpty();
                boolean none = true;
                if (!sources.isEmpty()) {
                    for (int t : k.counting) {
                        Cover c = cover(t, m);
                        if (c == null) {
                            full = false;
                            continue;
                        }
                        if (c.meets[at] != 0) {
                            none = false;
                            cited |= c.meets[at];
                        }
                        if (c.complete[at] < ix.circuits[at]) {
                            full = false;
                        }
                    }
                }
                a = full && !unknown ? Assessment.ASSESSED : !none || known ? Assessment.PARTLY_ASSESSED
                        : Assessment.NOT_ASSESSED;
            }
            List<String> citations = citations(cited);
            for (long b = cited; b != 0; b &= b - 1) {
                status = Math.max(status, sourceStatus[Long.numberOfTrailingZeros(b)]);
            }
            long surplus = Math.max(0, usable - required);
            if (allocated != null) {
                usable = allocated[0];
                repair = allocated[1];
                surplus = allocated[2];
            }
            long deficit = Math.max(0, required - usable);
            String inputs = rs == null ? req.inputs[first] : DeficitLine.unitsSummed(rs.length);
            DeficitLine line = new DeficitLine(scope, ix.code[at], ix.name[at], k.sector, k.typology, k.measure,
                    required, usable, repair, deficit, surplus, k.rule, k.standard, k.provenance, inputs, k.supply, a,
                    ix.code[at], comparison, citations, STATUSES[status]);
            rollUp(k, at, line, a, cited, status);
            return line;
        }

        List<String> citations(long mask) {
            if (mask == 0) {
                return List.of();
            }
            List<String> out = new java.util.ArrayList<>(Long.bitCount(mask));
            for (long b = mask; b != 0; b &= b - 1) {
                out.add(citation[Long.numberOfTrailingZeros(b)]);
            }
            return out;
        }

        /** Adds a compared line into the roll-up of its kind at every ancestor of its unit. */
        private void rollUp(HandWrittenStandards.Kind k, int at, DeficitLine l, Assessment a, long cited, int status) {
            HandWrittenStandards.RollUp r = rollUps[k.id];
            if (r == null) {
                r = new HandWrittenStandards.RollUp(ix.prefix[Math.max(0, k.depth - 1)]);
                rollUps[k.id] = r;
            }
            for (int p = ix.parent[at]; p >= 0; p = ix.parent[p]) {
                int b = p * 6;
                r.n[b] += l.required();
                r.n[b + 1] += l.usableSupply();
                r.n[b + 2] += l.repairSupply();
                r.n[b + 3] += l.deficit();
                r.n[b + 4] += l.surplus();
                r.n[b + 5]++;
                int old = r.assessment[p];
                r.assessment[p] = (byte) (old == 0 || old == a.ordinal() + 1 ? a.ordinal() + 1
                        : Assessment.PARTLY_ASSESSED.ordinal() + 1);
                r.status[p] = (byte) Math.max(r.status[p], status + 1);
                r.sources[p] |= cited;
            }
        }
    }

    /** The requirements of one evaluation, as parallel arrays. */
    static final class Requirements {
        int size;
        int[] unit = new int[1024];
        int[] kind = new int[1024];
        long[] quantity = new long[1024];
        String[] inputs = new String[1024];

        void add(int u, int k, long q, String in) {
            if (size == unit.length) {
                int n = size * 2;
                unit = Arrays.copyOf(unit, n);
                kind = Arrays.copyOf(kind, n);
                quantity = Arrays.copyOf(quantity, n);
                inputs = Arrays.copyOf(inputs, n);
            }
            unit[size] = u;
            kind[size] = k;
            quantity[size] = q;
            inputs[size] = in;
            size++;
        }
    }

    /** Lines with their sort keys: the rank of the order in the high half, the line's index in the low half. */
    static final class Lines {
        int size;
        DeficitLine[] line = new DeficitLine[1024];
        long[] key = new long[1024];

        void add(DeficitLine l, long rank) {
            if (size == line.length) {
                line = Arrays.copyOf(line, size * 2);
                key = Arrays.copyOf(key, size * 2);
            }
            line[size] = l;
            key[size] = rank << 32 | size;
            size++;
        }

        List<DeficitLine> sorted() {
            long[] k = Arrays.copyOf(key, size);
            Arrays.sort(k);
            DeficitLine[] out = new DeficitLine[size];
            for (int i = 0; i < size; i++) {
                out[i] = line[(int) k[i]];
            }
            return Arrays.asList(out);
        }
    }

    private Index index(Territory t) {
        Index ix = index;
        if (ix == null || ix.territory != t) {
            ix = new Index(t);
            index = ix;
        }
        return ix;
    }

    /**
     * Standard, comparison, requirement and roll-up lines of every sector, in {@link DeficitLine#ORDER}: the same
     * lines as {@code engine.evaluate(t, inventory, options).lines()} with every sector and no duplicate distance.
     *
     * @param t the territory, never null
     * @param inventory validated against the same territory and catalogue, at most 64 sources; never null
     * @throws IllegalArgumentException when an establishment's typology is unknown or there are too many sources
     */
    public List<DeficitLine> lines(Territory t, Inventory inventory) {
        Index ix = index(t);
        Run run = new Run(ix, inventory);
        run.count(inventory.establishments());
        rules.require(ix, run.req);
        Comparisons comparisons = new Comparisons(run);
        comparisons.compare();
        int kinds = rules.kinds.size();
        for (HandWrittenStandards.Kind k : rules.kinds) {
            HandWrittenStandards.RollUp r = run.rollUps[k.id];
            if (r == null) {
                continue;
            }
            for (int p = 0; p < r.assessment.length; p++) {
                int b = p * 6;
                if (r.n[b + 5] == 0) {
                    continue;
                }
                run.lines.add(new DeficitLine(DeficitLine.Scope.ROLLUP, ix.code[p], ix.name[p], k.sector, k.typology,
                        k.measure, r.n[b], r.n[b + 1], r.n[b + 2], r.n[b + 3], r.n[b + 4], k.rule, k.standard,
                        k.provenance, DeficitLine.unitsSummed(r.n[b + 5]), k.supply,
                        Assessment.values()[r.assessment[p] - 1], ix.code[p], "", run.citations(r.sources[p]),
                        STATUSES[r.status[p] - 1]),
                        rank(ix, p, k, DeficitLine.Scope.ROLLUP, kinds));
            }
        }
        return run.lines.sorted();
    }

    static long rank(Index ix, int unit, HandWrittenStandards.Kind k, DeficitLine.Scope scope, int kinds) {
        return ((long) ix.rank[unit] * kinds + k.rank) * 4 + scope.ordinal();
    }

    /** The comparison of the requirements with the supply: where, and the lines. */
    private final class Comparisons {
        final Run run;
        final Index ix;
        final int kinds = rules.kinds.size();

        Comparisons(Run run) {
            this.run = run;
            this.ix = run.ix;
        }

        void compare() {
            Requirements req = run.req;
            HandWrittenStandards.Components comps = rules.components(req, run.acrossZones, run.spreadBelow());
            java.util.Map<Long, List<Integer>> deferred = null;
            for (int r = 0; r < req.size; r++) {
                HandWrittenStandards.Kind k = rules.kinds.get(req.kind[r]);
                int u = req.unit[r];
                int c = comps.of[k.id];
                int at = comps.spread[c] ? comparisonUnit(u, comps.typs[c]) : u;
                if (at == u) {
                    run.lines.add(run.compared(DeficitLine.Scope.STANDARD, k, r, null, u, null, k.ownComparison),
                            rank(ix, u, k, DeficitLine.Scope.STANDARD, kinds));
                } else {
                    if (deferred == null) {
                        deferred = new java.util.LinkedHashMap<>();
                    }
                    deferred.computeIfAbsent((long) c << 32 | at, x -> new java.util.ArrayList<>()).add(r);
                }
            }
            if (deferred != null) {
                deferred.forEach((key, rs) -> shared((int) (key & 0xffffffffL), rs,
                        comps.typs[(int) (key >>> 32)]));
            }
        }

        /**
         * The unit where a requirement of unit {@code u} is compared: the nation when the supply counted may lie in
         * several zones; else the coarsest ancestor below the nation where some may lie in several children; else
         * the unit itself.
         */
        int comparisonUnit(int u, int[] typs) {
            if (ix.depth[u] > 0) {
                for (int t : typs) {
                    if (run.acrossZones[t]) {
                        return 0;
                    }
                }
            }
            int[] chain = new int[4];
            int size = 0;
            for (int x = u; x >= 0; x = ix.parent[x]) {
                chain[size++] = x;
            }
            for (int i = size - 2; i >= 1; i--) {
                int a = chain[i];
                for (int t : typs) {
                    if (run.spreads[t] != null && run.spreads[t].count[a] > 0) {
                        return a;
                    }
                }
            }
            return u;
        }

        /** Why requirements are compared at {@code at}: the first typology whose supply is spread there. */
        String reason(int at, int[] typs) {
            String across = ix.depth[at] == 0 ? "several zones" : ix.depth[at] == 1 ? "several districts"
                    : "several circuits";
            for (int t : typs) {
                boolean spread = ix.depth[at] == 0 ? run.acrossZones[t]
                        : run.spreads[t] != null && run.spreads[t].count[at] > 0;
                if (spread) {
                    Spreads s = run.spreads[t];
                    return String.format(java.util.Locale.ROOT, "compared at %s %s: %,d %s located only to %s of it,"
                            + " e.g. %s", ix.code[at].level().id(), ix.code[at].value(), s.count[at],
                            typologies.code[t], across, s.example[at]);
                }
            }
            throw new IllegalStateException("no spread at " + ix.code[at]);
        }

        /**
         * The requirements compared together at {@code at}: the supply there shared out once, the rule counting the
         * fewest typologies first (then by rule and typology), each taking its own typology first, establishments in
         * good condition before those needing repair; one comparison line per kind and a requirement line each.
         */
        void shared(int at, List<Integer> rs, int[] union) {
            String why = reason(at, union);
            Requirements req = run.req;
            java.util.Map<Integer, List<Integer>> byKind = new java.util.TreeMap<>();
            for (int r : rs) {
                byKind.computeIfAbsent(req.kind[r], x -> new java.util.ArrayList<>()).add(r);
            }
            List<HandWrittenStandards.Kind> order = new java.util.ArrayList<>();
            byKind.keySet().forEach(k -> order.add(rules.kinds.get(k)));
            order.sort(java.util.Comparator.comparingInt((HandWrittenStandards.Kind k) -> k.counting.length)
                    .thenComparing(k -> k.rule).thenComparing(k -> k.typology));
            int m = order.get(0).measure.ordinal();
            long[][] pool = new long[typologies.size()][];
            for (int t : union) {
                Row row = run.rows[t];
                long usable = row == null ? 0 : row.usable[at * 3 + m];
                long repair = row == null ? 0 : row.repair[at * 3 + m];
                pool[t] = new long[] {usable - repair, repair};
            }
            for (int i = 0; i < order.size(); i++) {
                HandWrittenStandards.Kind k = order.get(i);
                int[] sub = byKind.get(k.id).stream().mapToInt(Integer::intValue).toArray();
                long need = 0;
                for (int r : sub) {
                    need += req.quantity[r];
                }
                int[] own = k.ownFirst;
                long[] taken = new long[2];
                for (int part = 0; part < 2; part++) {
                    for (int t : own) {
                        long take = Math.min(need - taken[0] - taken[1], pool[t][part]);
                        pool[t][part] -= take;
                        taken[part] += take;
                    }
                }
                long leftover = 0;
                if (i == order.size() - 1) {
                    for (int t : own) {
                        leftover += pool[t][0] + pool[t][1];
                    }
                }
                DeficitLine c = run.compared(DeficitLine.Scope.COMPARISON, k, sub[0], sub, at,
                        new long[] {taken[0] + taken[1], taken[1], leftover}, why);
                run.lines.add(c, rank(ix, at, k, DeficitLine.Scope.COMPARISON, kinds));
                for (int r : sub) {
                    int u = req.unit[r];
                    run.lines.add(new DeficitLine(DeficitLine.Scope.REQUIREMENT, ix.code[u], ix.name[u], k.sector,
                            k.typology, k.measure, req.quantity[r], 0, 0, 0, 0, k.rule, k.standard, k.provenance,
                            req.inputs[r], k.supply, c.assessment(), c.code(), why, c.sources(),
                            STATUSES[Math.max(c.status().ordinal(), run.demographic(r))]),
                            rank(ix, u, k, DeficitLine.Scope.REQUIREMENT, kinds));
                }
            }
        }
    }
}
