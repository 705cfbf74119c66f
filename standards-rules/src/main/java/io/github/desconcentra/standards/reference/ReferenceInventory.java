package io.github.desconcentra.standards.reference;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Exclusion;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.InventorySources;
import io.github.desconcentra.standards.Rejection;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.standards.registry.HealthRegistry;
import io.github.desconcentra.standards.registry.PublishedAggregates;
import io.github.desconcentra.standards.registry.SchoolRegistry;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The embedded reference inventory for the Ecuador reference territory: real national inventories only, derived by
 * the project from the curated public registries ({@link #build}) and committed (a test regenerates them and compares
 * byte for byte).
 *
 * <ul>
 * <li>education: the national MINEDUC AMIE registry, all 9 zones ({@link SchoolRegistry});</li>
 * <li>health: the MSP first-level units (typology inferred) and the general hospitals of the MSP 2017 list
 *     ({@link HealthRegistry});</li>
 * <li>rehabilitation, police, fire: the published aggregates that map to a unit — national prison capacity 2022,
 *     Quito's UPC (zone 9), Guayaquil's fire stations (canton 0901) ({@link PublishedAggregates}).</li>
 * </ul>
 * Every other sector and unit is <b>not assessed</b>: no source declares coverage there, so its supply is unknown,
 * never zero.
 *
 * <p>{@link #sample} is a separate, explicit demo: a generated inventory (seed {@value #SEED}) for health, inclusion,
 * police, rehabilitation and fire with plausible densities. It describes no real establishment; its source has status
 * {@code sample}, which every line it feeds carries.
 */
public final class ReferenceInventory {
    /** The seed of the sample. */
    public static final long SEED = 2012;
    /** The classpath folder of the derived inventory. */
    public static final String FOLDER = "io/github/desconcentra/standards/reference/inventory";
    /** The file of source declarations in {@link #FOLDER}. */
    public static final String SOURCES = "sources.json";
    /** The registries, by the name of their shared file (without {@code .csv}), in reading order. */
    public static final List<String> REGISTRIES = List.of("schools_national", "health_first_level",
            "health_msp_2017", "published_aggregates");
    /** A label for reports. */
    public static final String LABEL = "reference: MINEDUC AMIE 2023 (education, 9 zones), MSP first level c. 2023"
            + " and hospitals 2017 (health), published aggregates (prison capacity 2022, Quito UPC 2021, Guayaquil fire"
            + " 2016); every other sector and unit not assessed";
    /** The id of the sample's source. */
    public static final String SAMPLE_ID = "sample";
    /** The sectors the sample covers. */
    public static final List<Sector> SAMPLE_SECTORS = List.of(Sector.HEALTH, Sector.INCLUSION, Sector.POLICE,
            Sector.REHABILITATION, Sector.FIRE);

    private ReferenceInventory() {
    }

    /**
     * Imports the four registries from the curated public folder (the one holding {@code schools_national.csv}).
     *
     * @return by registry name, in {@link #REGISTRIES} order
     * @throws InputException when a registry cannot be read
     */
    public static Map<String, Inventory> importRegistries(Path shared, Territory territory) {
        Map<String, Inventory> out = new LinkedHashMap<>();
        out.put("schools_national", SchoolRegistry.importFile(shared.resolve("schools_national.csv"), territory));
        out.put("health_first_level", HealthRegistry.importFirstLevel(shared.resolve("health_first_level.csv"),
                territory));
        out.put("health_msp_2017", HealthRegistry.importHospitals(shared.resolve("health_msp_2017.csv"), territory));
        out.put("published_aggregates", PublishedAggregates.importFile(shared.resolve("published_aggregates.csv"),
                territory));
        return out;
    }

    /**
     * Derives the reference inventory folder from the public registries: per registry the accepted establishments
     * ({@code NAME.csv}, canonical), the excluded and rejected records ({@code NAME_excluded.csv},
     * {@code NAME_rejected.csv}), and {@value #SOURCES}.
     *
     * @throws InputException when a registry cannot be read
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static void build(Path shared, Territory territory, Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
        }
        List<InventorySource> sources = new ArrayList<>();
        for (Map.Entry<String, Inventory> e : importRegistries(shared, territory).entrySet()) {
            Inventory inv = e.getValue();
            InventoryIo.writeCsv(inv.establishments(), out.resolve(e.getKey() + ".csv"));
            InventoryIo.writeExcluded(inv.excluded(), out.resolve(e.getKey() + "_excluded.csv"), true);
            InventoryIo.writeRejected(inv.rejected(), out.resolve(e.getKey() + "_rejected.csv"), true);
            sources.addAll(inv.sources());
        }
        InventorySources.write(sources, out.resolve(SOURCES));
    }

    /**
     * The embedded reference inventory: every registry's establishments, excluded and rejected records, and the
     * sources with their coverage.
     *
     * @throws InputException when the embedded files are missing or do not fit the territory and catalogue
     */
    public static Inventory load(Territory territory, Catalogue catalogue) {
        return parsed().load(territory, catalogue);
    }

    /**
     * The embedded reference inventory's files parsed, their records not yet checked against a territory and
     * catalogue: what {@link #load} does that needs neither, so that a caller can do it on another thread while they
     * load. A file that cannot be parsed fails at {@link Parsed#load}, in the order {@link #load} reads the files.
     */
    public static Parsed parsed() {
        Deferred<List<InventorySource>> sources = Deferred.of(() -> InventorySources.read(FOLDER + "/" + SOURCES,
                resource(SOURCES)));
        List<Deferred<InventoryIo.ParsedCsv>> registries = new ArrayList<>();
        List<Deferred<List<Exclusion>>> excluded = new ArrayList<>();
        List<Deferred<List<Rejection>>> rejected = new ArrayList<>();
        for (String registry : REGISTRIES) {
            registries.add(Deferred.of(() -> InventoryIo.parseCsv("reference:" + registry + ".csv",
                    resource(registry + ".csv"))));
            excluded.add(Deferred.of(() -> InventoryIo.readExcluded(registry + "_excluded.csv",
                    resource(registry + "_excluded.csv"))));
            rejected.add(Deferred.of(() -> InventoryIo.readRejected(registry + "_rejected.csv",
                    resource(registry + "_rejected.csv"))));
        }
        return new Parsed(sources, registries, excluded, rejected);
    }

    /** A step's result or what it threw, thrown when the result is asked for. */
    private record Deferred<T>(T value, RuntimeException failure) {
        static <T> Deferred<T> of(java.util.function.Supplier<T> step) {
            try {
                return new Deferred<>(step.get(), null);
            } catch (RuntimeException e) {
                return new Deferred<>(null, e);
            }
        }

        T get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    /** The reference inventory's files parsed (see {@link #parsed()}); immutable, checked by {@link #load}. */
    public static final class Parsed {
        private final Deferred<List<InventorySource>> sources;
        private final List<Deferred<InventoryIo.ParsedCsv>> registries;
        private final List<Deferred<List<Exclusion>>> excluded;
        private final List<Deferred<List<Rejection>>> rejected;

        private Parsed(Deferred<List<InventorySource>> sources, List<Deferred<InventoryIo.ParsedCsv>> registries,
                       List<Deferred<List<Exclusion>>> excluded, List<Deferred<List<Rejection>>> rejected) {
            this.sources = sources;
            this.registries = List.copyOf(registries);
            this.excluded = List.copyOf(excluded);
            this.rejected = List.copyOf(rejected);
        }

        /**
         * The reference inventory on a territory: its records checked, as {@link ReferenceInventory#load} gives it.
         *
         * @throws InputException when the embedded files are broken or do not fit the territory and catalogue
         */
        public Inventory load(Territory territory, Catalogue catalogue) {
            return ReferenceInventory.load(this, territory, catalogue);
        }
    }

    private static Inventory load(Parsed parsed, Territory territory, Catalogue catalogue) {
        List<InventorySource> all = parsed.sources.get();
        List<Establishment> establishments = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Inventory.FileAccount> files = new ArrayList<>();
        for (int i = 0; i < REGISTRIES.size(); i++) {
            String registry = REGISTRIES.get(i);
            Inventory inv = parsed.registries.get(i).get().check(territory, catalogue, all);
            if (!inv.rejected().isEmpty()) {
                throw new InputException(inv.rejected().stream().map(Rejection::toProblem).toList());
            }
            List<Exclusion> x = parsed.excluded.get(i).get();
            List<Rejection> r = parsed.rejected.get(i).get();
            establishments.addAll(inv.establishments());
            excluded.addAll(x);
            rejected.addAll(r);
            String source = inv.establishments().isEmpty() ? "" : inv.establishments().get(0).source();
            files.add(new Inventory.FileAccount(registry + ".csv", source, inv.establishments().size(), x.size(),
                    r.size()));
        }
        return new Inventory(establishments, excluded, rejected, all, files);
    }

    private static InputStream resource(String file) {
        InputStream in = ReferenceInventory.class.getClassLoader().getResourceAsStream(FOLDER + "/" + file);
        if (in == null) {
            throw new InputException(Problem.of(FOLDER + "/" + file, "the embedded reference inventory file is"
                    + " missing"));
        }
        return in;
    }

    /** The source of the demo sample: generated, status sample, complete (as a demo) for its sectors. */
    public static InventorySource sampleSource() {
        List<InventorySource.Coverage> cover = new ArrayList<>();
        for (Sector s : SAMPLE_SECTORS) {
            cover.add(InventorySource.Coverage.wholeSector(s, "a generated demo: complete by construction, real"
                    + " nowhere"));
        }
        return new InventorySource(SAMPLE_ID, "Generated demo inventory (not real)", "Desconcentra (generated, seed "
                + SEED + ")", "generated", Provenance.Status.SAMPLE, cover, "plausible densities drawn at random in"
                + " proportion to parish population; describes no real establishment");
    }

    /**
     * The demo sample for health, inclusion, police, rehabilitation and fire: deterministic (seed {@value #SEED}),
     * status {@code sample} on every record and its source. Sizes: 400 health posts, 1,200 type-A, 250 type-B and 60
     * type-C centres, 30 general hospitals of 200 beds; 2,500 CIBV and 2,700 CNH educators; 200 UPC type A, 269 type
     * B, 30 UVC; 36 prisons of 838 places and 11 juvenile centres of 100; 350 fire stations. Establishments lie in
     * parishes drawn in proportion to population; conditions 70 % good, 20 % needing repair, 10 % unusable.
     *
     * @throws IllegalArgumentException when the catalogue lacks one of the sample's typologies
     */
    public static Inventory sample(Territory territory, Catalogue catalogue) {
        Random random = new Random(SEED);
        List<Parish> parishes = territory.parishes();
        long[] cumulative = new long[parishes.size()];
        long total = 0;
        for (int i = 0; i < parishes.size(); i++) {
            total += parishes.get(i).population();
            cumulative[i] = total;
        }
        List<Establishment> out = new ArrayList<>();
        Sampler s = new Sampler(random, parishes, cumulative, total, catalogue, out);
        s.add("PUESTO_SALUD", 400, 0, 0, 3, 3);
        s.add("CS_A", 1_200, 0, 0, 9, 9);
        s.add("CS_B", 250, 0, 0, 20, 25);
        s.add("CS_C", 60, 0, 0, 40, 50);
        s.add("HOSPITAL_GENERAL", 30, 200, 200, 500, 700);
        s.add("CIBV", 2_500, 40, 100, 5, 10);
        s.add("CNH", 2_700, 60, 60, 1, 1);
        s.add("UPC_A", 200, 22, 22, 17, 23);
        s.add("UPC_B", 269, 16, 16, 12, 17);
        s.add("UVC", 30, 350, 350, 150, 350);
        s.add("CRS_REGIONAL", 36, 838, 838, 60, 200);
        s.add("CAI", 11, 100, 100, 15, 25);
        s.add("ESTACION_BOMBEROS", 350, 15, 15, 10, 15);
        return new Inventory(out, List.of(), List.of(), List.of(sampleSource()), List.of(new Inventory.FileAccount(
                "sample (generated, seed " + SEED + ")", SAMPLE_ID, out.size(), 0, 0)));
    }

    private record Sampler(Random random, List<Parish> parishes, long[] cumulative, long total, Catalogue catalogue,
                           List<Establishment> out) {
        void add(String typology, int count, int minCapacity, int maxCapacity, int minStaff, int maxStaff) {
            Typology t = catalogue.typology(typology).orElseThrow(() -> new IllegalArgumentException(
                    "the sample needs typology " + typology));
            for (int i = 1; i <= count; i++) {
                long draw = (long) (random.nextDouble() * total);
                int idx = java.util.Arrays.binarySearch(cumulative, draw + 1);
                Parish p = parishes.get(idx >= 0 ? idx : -idx - 1);
                int roll = random.nextInt(10);
                Condition c = roll < 7 ? Condition.GOOD : roll < 9 ? Condition.NEEDS_REPAIR : Condition.UNUSABLE;
                long capacity = minCapacity + random.nextInt(maxCapacity - minCapacity + 1);
                long staff = minStaff + random.nextInt(maxStaff - minStaff + 1);
                String id = String.format("SAMPLE-%s-%04d", typology, i);
                out.add(new Establishment(id, t.sector(), typology, p.code(), null, null, null, c, 1, capacity, staff,
                        "sample " + t.nameEs(), SAMPLE_ID, Provenance.Status.SAMPLE, Provenance.Status.SAMPLE,
                        Provenance.Status.SAMPLE));
            }
        }
    }
}
