package io.github.desconcentra.standards;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The current supply, with every record read accounted for and every establishment tied to its source: the accepted
 * establishments; the records excluded as valid but out of scope (an adult-education programme in a school
 * registry), each with its reason; the records rejected as invalid (a value that cannot be read, an unknown parish, a
 * duplicate id), each with every reason; the {@linkplain InventorySource sources} they come from, with what each
 * covers; and the accounting of each file read. {@link #read()} always equals
 * {@code establishments().size() + excluded().size() + rejected().size()}.
 *
 * @param establishments accepted establishments, sorted by id; copied
 * @param excluded excluded records in input order; copied
 * @param rejected rejected records in input order; copied
 * @param sources the sources of the establishments, sorted by id, ids distinct; copied. An establishment whose source
 *     is not among them is refused. No source means no coverage: an evaluation then assesses nothing.
 * @param files the accounting of each file read, in reading order; copied; may be empty (an inventory built in code)
 */
public record Inventory(List<Establishment> establishments, List<Exclusion> excluded, List<Rejection> rejected,
                        List<InventorySource> sources, List<FileAccount> files) {
    /** An inventory with nothing in it. */
    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of());

    /**
     * What one file gave: records read, accepted, excluded and rejected.
     *
     * @param file the file's name as messages give it, never null
     * @param source the id of the source its records belong to, never null (may be empty)
     * @param accepted not negative
     * @param excluded not negative
     * @param rejected not negative
     */
    public record FileAccount(String file, String source, int accepted, int excluded, int rejected) {
        /** @throws IllegalArgumentException when a count is negative */
        public FileAccount {
            file = file == null ? "" : file;
            source = source == null ? "" : source;
            Preconditions.requireNonNegative(accepted, "accepted", file);
            Preconditions.requireNonNegative(excluded, "excluded", file);
            Preconditions.requireNonNegative(rejected, "rejected", file);
        }

        /** Records read: accepted plus excluded plus rejected. */
        public int read() {
            return accepted + excluded + rejected;
        }

        /** The accounting in words, e.g. {@code read 5, accepted 2, excluded 1, rejected 2}. */
        public String accounting() {
            return String.format(java.util.Locale.ROOT, "read %d, accepted %d, excluded %d, rejected %d", read(),
                    accepted, excluded, rejected);
        }
    }

    /** Copies, sorts and checks that every establishment's source is declared. */
    public Inventory {
        Preconditions.requireNonNull(establishments, "establishments");
        Preconditions.requireNonNull(excluded, "excluded");
        Preconditions.requireNonNull(rejected, "rejected");
        Preconditions.requireNonNull(sources, "sources");
        Preconditions.requireNonNull(files, "files");
        List<Establishment> sorted = new ArrayList<>(establishments);
        sorted.sort(Comparator.comparing(Establishment::id));
        establishments = List.copyOf(sorted);
        excluded = List.copyOf(excluded);
        rejected = List.copyOf(rejected);
        List<InventorySource> bySource = new ArrayList<>(sources);
        bySource.sort(Comparator.comparing(InventorySource::id));
        sources = List.copyOf(bySource);
        Set<String> ids = new java.util.HashSet<>();
        for (InventorySource s : sources) {
            Preconditions.check(ids.add(s.id()), "inventory source %s is declared twice", s.id());
        }
        for (Establishment e : establishments) {
            // Checked before the message is built: a reference inventory holds some 18,000 establishments.
            if (!e.source().isEmpty() && !ids.contains(e.source())) {
                throw Preconditions.failure("establishment %s names source %s, which the inventory does not declare",
                        e.id(), e.source());
            }
        }
        files = List.copyOf(files);
    }

    /** An inventory without declared sources or file accounting. */
    public Inventory(List<Establishment> establishments, List<Exclusion> excluded, List<Rejection> rejected) {
        this(establishments, excluded, rejected, List.of(), List.of());
    }

    /** An inventory that excludes nothing. */
    public Inventory(List<Establishment> establishments, List<Rejection> rejected) {
        this(establishments, List.of(), rejected);
    }

    /** Records read: accepted plus excluded plus rejected. */
    public int read() {
        return establishments.size() + excluded.size() + rejected.size();
    }

    /** The accounting in words, e.g. {@code read 5, accepted 2, excluded 1, rejected 2}. */
    public String accounting() {
        return String.format(java.util.Locale.ROOT, "read %d, accepted %d, excluded %d, rejected %d", read(),
                establishments.size(), excluded.size(), rejected.size());
    }

    /** The sectors that have at least one accepted establishment. */
    public Set<Sector> sectors() {
        Set<Sector> s = EnumSet.noneOf(Sector.class);
        establishments.forEach(e -> s.add(e.sector()));
        return s;
    }

    /** The source with this id, if declared. */
    public java.util.Optional<InventorySource> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** True when any source's status is {@link Provenance.Status#SAMPLE}: the inventory holds generated data. */
    public boolean hasSample() {
        return sources.stream().anyMatch(s -> s.status() == Provenance.Status.SAMPLE);
    }

    /**
     * A copy that declares, for each of these sectors, that there is nothing but what it lists, everywhere (the user's
     * statement "this sector truly has nothing else"): a source {@code assumed-none} of status assumed with complete
     * coverage of the sectors. Its lines become assessed; the status assumed is carried to them.
     */
    public Inventory assumingNoneBeyond(Set<Sector> sectors) {
        if (sectors.isEmpty()) {
            return this;
        }
        List<InventorySource.Coverage> cover = new ArrayList<>();
        for (Sector s : EnumSet.copyOf(sectors)) {
            cover.add(InventorySource.Coverage.wholeSector(s, "declared by the user: the sector has no establishment"
                    + " beyond those inventoried (--assume-none " + s.id() + ")"));
        }
        List<InventorySource> all = new ArrayList<>(sources);
        all.removeIf(x -> x.id().equals(ASSUMED_NONE));
        all.add(new InventorySource(ASSUMED_NONE, "Declared absence of other establishments", "the user", "as run",
                Provenance.Status.ASSUMED, cover, "a statement of the user, not data"));
        return new Inventory(establishments, excluded, rejected, all, files);
    }

    /** The id of the source {@link #assumingNoneBeyond} declares. */
    public static final String ASSUMED_NONE = "assumed-none";

    /**
     * A copy in which a source is declared complete, for every measure, over the whole territory for each sector it
     * has establishments or coverage of (the user's statement "this file lists everything of its sectors").
     *
     * @throws IllegalArgumentException when no source has this id
     */
    public Inventory assumingComplete(String sourceId) {
        InventorySource s = source(sourceId).orElseThrow(() -> new IllegalArgumentException("no inventory source "
                + sourceId));
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        sectors.addAll(s.sectors());
        establishments.stream().filter(e -> e.source().equals(sourceId)).forEach(e -> sectors.add(e.sector()));
        List<InventorySource.Coverage> cover = new ArrayList<>();
        for (Sector x : sectors) {
            cover.add(InventorySource.Coverage.wholeSector(x, "declared complete by the user (--assume-complete)"));
        }
        List<InventorySource> all = new ArrayList<>(sources);
        all.remove(s);
        all.add(new InventorySource(s.id(), s.title(), s.publisher(), s.vintage(), s.status(), s.officialIds(),
                cover, s.note()));
        return new Inventory(establishments, excluded, rejected, all, files);
    }

    /**
     * Merges inventories sector by sector: for each sector, the establishments and the coverage of the <em>last</em>
     * inventory that has establishments or declared coverage of it replace those of earlier ones (a user's own
     * inventory of one sector replaces the reference one, and the reference's claim to cover that sector goes with
     * it). Exclusions, rejections and file accounting are kept from all.
     *
     * @throws InputException when two kept establishments share an id
     */
    public static Inventory replacingBySector(List<Inventory> inventories) {
        List<Establishment> kept = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<FileAccount> files = new ArrayList<>();
        Map<String, InventorySource> sources = new TreeMap<>();
        // Each inventory's establishments by sector, in one pass rather than one filter per sector.
        List<Map<Sector, List<Establishment>>> bySector = new ArrayList<>();
        for (Inventory inv : inventories) {
            Map<Sector, List<Establishment>> m = new java.util.EnumMap<>(Sector.class);
            inv.establishments().forEach(e -> m.computeIfAbsent(e.sector(), k -> new ArrayList<>()).add(e));
            bySector.add(m);
        }
        for (Sector s : Sector.values()) {
            for (int i = inventories.size() - 1; i >= 0; i--) {
                Inventory inv = inventories.get(i);
                List<Establishment> of = bySector.get(i).getOrDefault(s, List.of());
                boolean covers = inv.sources().stream().anyMatch(x -> x.sectors().contains(s));
                if (!of.isEmpty() || covers) {
                    kept.addAll(of);
                    Set<String> used = new java.util.HashSet<>();
                    of.forEach(e -> used.add(e.source()));
                    for (InventorySource x : inv.sources()) {
                        if (x.sectors().contains(s) || used.contains(x.id())) {
                            InventorySource part = x.restrictedTo(EnumSet.of(s));
                            sources.merge(x.id(), part, (a, b) -> {
                                List<InventorySource.Coverage> both = new ArrayList<>(a.coverage());
                                both.addAll(b.coverage());
                                return new InventorySource(a.id(), a.title(), a.publisher(), a.vintage(), a.status(),
                                        a.officialIds(), both, a.note());
                            });
                        }
                    }
                    break;
                }
            }
        }
        inventories.forEach(inv -> {
            excluded.addAll(inv.excluded());
            rejected.addAll(inv.rejected());
            files.addAll(inv.files());
        });
        Set<String> ids = new java.util.HashSet<>();
        for (Establishment e : kept) {
            if (!ids.add(e.id())) {
                throw new InputException(Problem.of("inventories", "establishment id " + e.id() + " appears in two"
                        + " inventories"));
            }
        }
        return new Inventory(kept, excluded, rejected, new ArrayList<>(sources.values()), files);
    }

    /** The number of establishments of each source id, sorted by id. */
    public Map<String, Integer> establishmentsBySource() {
        Map<String, Integer> m = new TreeMap<>();
        establishments.forEach(e -> m.merge(e.source(), 1, Integer::sum));
        return new LinkedHashMap<>(m);
    }
}
