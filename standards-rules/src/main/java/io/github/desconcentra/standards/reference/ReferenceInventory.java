package io.github.desconcentra.standards.reference;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The embedded reference inventory for the Ecuador reference territory: the real MINEDUC zone-5 schools (imported
 * by {@link io.github.desconcentra.standards.amie.AmieImporter} from the public registry) plus, for the other five
 * sectors, a <b>sample</b> inventory generated deterministically (seed {@value #SEED}) with plausible densities. The
 * sample is not data about real establishments; every report it feeds says so. Sizes, by sector:
 *
 * <ul>
 * <li>police: 469 community police units (sourced: 469 UPC built 2013–2016, Ministerio del Interior) and 30 UVC
 *     (assumed);</li>
 * <li>health: 400 health posts, 1,200 type-A, 250 type-B and 60 type-C centres, 30 general hospitals of 200 beds
 *     (all assumed; the seed's 328 new health services are not a stock count);</li>
 * <li>inclusion: 2,500 CIBV of 40–100 children (assumed) and 2,700 CNH educators of 60 children (derived, weakly, from
 *     2,700 tablets handed to CNH educators, 2025);</li>
 * <li>rehabilitation: 36 prisons holding 30,169 places in all (sourced: 2022 capacity; 37 CPL in 2021) and 11
 *     juvenile centres of 100 (sourced: 11 CAI);</li>
 * <li>fire: 350 stations of 15 firefighters (assumed).</li>
 * </ul>
 * Establishments lie in parishes drawn in proportion to population; conditions are 70 % good, 20 % needing repair,
 * 10 % unusable (assumed).
 */
public final class ReferenceInventory {
    /** The seed of the sample. */
    public static final long SEED = 2012;
    /** The resource holding the imported zone-5 schools (canonical inventory CSV). */
    public static final String SCHOOLS = "io/github/desconcentra/standards/reference/schools_zone5_inventory.csv";
    /** A label for reports. */
    public static final String LABEL = "MINEDUC zone-5 schools (real) + generated sample for the other sectors";

    private ReferenceInventory() {
    }

    /** The zone-5 schools. */
    public static Inventory schools(Territory territory, Catalogue catalogue) {
        InputStream in = ReferenceInventory.class.getClassLoader().getResourceAsStream(SCHOOLS);
        if (in == null) {
            throw new InputException(Problem.of(SCHOOLS, "the embedded school inventory is missing"));
        }
        return InventoryIo.readCsv("reference:" + SCHOOLS, in, territory, catalogue);
    }

    /** The whole reference inventory: the schools and the sample of the other sectors. */
    public static Inventory load(Territory territory, Catalogue catalogue) {
        return Inventory.replacingBySector(List.of(sample(territory, catalogue), schools(territory, catalogue)));
    }

    /**
     * The deterministic sample for health, inclusion, police, rehabilitation and fire.
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
        return new Inventory(out, List.of());
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
                out.add(new Establishment(id, t.sector(), typology, p.code(), null, null, c, capacity, staff,
                        "sample " + t.nameEs()));
            }
        }
    }

    /** The sectors the sample covers. */
    public static final List<Sector> SAMPLE_SECTORS = List.of(Sector.HEALTH, Sector.INCLUSION, Sector.POLICE,
            Sector.REHABILITATION, Sector.FIRE);
}
