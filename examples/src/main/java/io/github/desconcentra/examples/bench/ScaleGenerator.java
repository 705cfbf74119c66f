package io.github.desconcentra.examples.bench;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.AgeShares;
import io.github.desconcentra.territory.Canton;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Nation;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.PopulationProjections;
import io.github.desconcentra.territory.Province;
import io.github.desconcentra.territory.ProvinceCode;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic territory of k × Ecuador (1,222 circuits per k) and its inventory (~20 establishments per
 * circuit across the six sectors), for the benchmark. Each circuit is one parish of 2,000–28,000 people; 20 parishes
 * make a canton, which is a district; cantons are spread over at most 99 provinces and provinces over at most 99
 * zones (the code formats' limits).
 */
public final class ScaleGenerator {
    /**
     * Circuits per unit of scale: the count the reference territory had when its circuits were derived (the official
     * table has 1,134), kept so that the measurements in {@code docs/PERFORMANCE.md} stay comparable.
     */
    public static final int CIRCUITS_PER_K = 1_222;
    private static final int PARISHES_PER_CANTON = 20;

    private ScaleGenerator() {
    }

    /** The territory of scale {@code k}, from a fixed seed. */
    public static TerritoryData territory(int k) {
        Preconditions.check(k >= 1 && k <= 150, "scale must be within 1-150: %d", k);
        Random random = new Random(1_134L * k);
        int circuits = CIRCUITS_PER_K * k;
        int cantons = (circuits + PARISHES_PER_CANTON - 1) / PARISHES_PER_CANTON;
        int cantonsPerProvince = (cantons + Math.min(99, 24 * k) - 1) / Math.min(99, 24 * k);
        int provinces = (cantons + cantonsPerProvince - 1) / cantonsPerProvince;
        int zones = Math.min(Math.min(99, 9 * k), provinces);
        List<Province> ps = new ArrayList<>();
        List<Canton> cs = new ArrayList<>();
        List<Parish> parishes = new ArrayList<>();
        List<Zone> zs = new ArrayList<>();
        List<District> ds = new ArrayList<>();
        List<Circuit> circuitList = new ArrayList<>();
        for (int z = 1; z <= zones; z++) {
            zs.add(Zone.of(ZoneCode.ofNumber(z), "Zone " + z));
        }
        int made = 0;
        for (int p = 1; p <= provinces && made < circuits; p++) {
            ProvinceCode pc = ProvinceCode.of(String.format("%02d", p));
            ps.add(new Province(pc, "Province " + p));
            ZoneCode zone = ZoneCode.ofNumber(1 + (p - 1) * zones / provinces);
            for (int c = 1; c <= cantonsPerProvince && made < circuits; c++) {
                CantonCode cc = CantonCode.of(pc.value() + String.format("%02d", c));
                cs.add(new Canton(cc, "Canton " + cc, pc));
                DistrictCode dc = DistrictCode.of(pc.value() + "D" + String.format("%02d", c));
                ds.add(new District(dc, "District " + dc, zone, null));
                for (int i = 1; i <= PARISHES_PER_CANTON && made < circuits; i++, made++) {
                    ParishCode code = ParishCode.of(cc.value() + String.format("%02d", 49 + i));
                    long population = 2_000 + random.nextInt(26_000);
                    parishes.add(new Parish(code, "Parish " + code, cc, i == 1 ? ParishKind.URBAN_SEAT
                            : ParishKind.RURAL, new Coordinates(-4 + random.nextDouble() * 5,
                            -80 + random.nextDouble() * 5), population, "synthetic"));
                    circuitList.add(new Circuit(dc.circuit(i), "Circuit " + code, dc,
                            List.of(ParishShare.whole(code))));
                }
            }
        }
        return new TerritoryData(new Nation(NationCode.of("XS"), "Synthetic x" + k), 2022, ps, cs, parishes, zs, ds,
                circuitList, List.of(), AgeShares.ECUADOR_2022_ASSUMED, PopulationProjections.NONE);
    }

    /** About 20 establishments per circuit over every typology, in random parishes, from a fixed seed. */
    public static Inventory inventory(TerritoryData territory, Catalogue catalogue, int perCircuit) {
        Random random = new Random(20L * territory.parishes().size());
        List<Typology> typologies = new ArrayList<>(catalogue.typologies().values());
        List<Parish> parishes = territory.parishes();
        int n = parishes.size() * perCircuit;
        List<Establishment> out = new ArrayList<>(n);
        Condition[] conditions = Condition.values();
        for (int i = 0; i < n; i++) {
            Typology t = typologies.get(random.nextInt(typologies.size()));
            Parish p = parishes.get(random.nextInt(parishes.size()));
            out.add(new Establishment(id(i), t.sector(), t.code(), p.code(), null, null,
                    conditions[random.nextInt(3)], random.nextInt(500), random.nextInt(40), ""));
        }
        return new Inventory(out, List.of());
    }

    /**
     * The id of the {@code i}-th establishment: {@code E} and five base-36 digits, zero-padded so that ids sort as
     * they were made. Six characters fit a string's smallest byte array (nine, as {@code E%08d} wrote them, took 8
     * bytes more each: 20 MB of the 2.44 M establishments at K = 100) and need no {@code String.format}.
     */
    static String id(int i) {
        String digits = Integer.toString(i, 36);
        Preconditions.check(digits.length() <= ID_DIGITS, "establishment number %d is beyond %d base-36 digits", i,
                ID_DIGITS);
        return "E" + "0".repeat(ID_DIGITS - digits.length()) + digits;
    }

    private static final int ID_DIGITS = 5;
}
