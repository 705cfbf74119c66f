package io.github.desconcentra.territory.circuits;

import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the circuits of a district from its parishes, after SENPLADES' criteria, when the official circuit table is
 * not available. Deterministic: the same parishes give the same circuits whatever their order.
 *
 * <ol>
 * <li>Parish boundaries are kept: a circuit is one parish, a union of whole parishes, or a share of one parish.</li>
 * <li>A parish (or the district's share of it) with more people than {@code max} is split into {@code n} circuits
 *     of equal population shares, marked estimated: the smallest {@code n} that keeps each part within {@code max},
 *     raised towards {@code population / target} as long as each part keeps at least {@code min}.</li>
 * <li>The other parishes start as one circuit each. Repeatedly, the smallest circuit below {@code min} joins the
 *     nearest circuit (population-weighted centroids) that shares a canton with it, else the nearest of any canton,
 *     among those whose union stays within {@code max}. A circuit with no such partner stays as it is.</li>
 * <li>Circuits are numbered {@code C01}, {@code C02}, … in order of their lowest parish code (then part number).</li>
 * </ol>
 *
 * <p>Guarantees: the circuits partition the district's parish shares; every circuit has at most {@code max} people
 * (a split part has at least {@code min}); a circuit below {@code min} either is the whole district or could not join
 * any other circuit of whole parishes without passing {@code max}.
 */
public final class CircuitBuilder {
    /** The most circuits a district can number ({@code C001}–{@code C999}). */
    public static final int MAX_CIRCUITS = 999;
    private static final MathContext SHARE_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    /**
     * Population bounds of a circuit.
     *
     * @param min the population below which a circuit is joined to a neighbour; at least 0
     * @param target the population a split part aims at
     * @param max the most people a circuit may hold; at least {@code 2 × min} so that two small circuits can join
     */
    public record Options(long min, long target, long max) {
        /**
         * Ecuador: target 15,000 people, derived from SENPLADES' 1,134 circuits of "about 11,000 people" on the 2010
         * census (14.5 million, about 12,800 each) carried to the 2022 census (16.9 million / 1,134 ≈ 14,900);
         * minimum 5,000 (a third of the target) and maximum 30,000 (twice the target) are assumed.
         */
        public static final Options ECUADOR = new Options(5_000, 15_000, 30_000);

        /** @throws IllegalArgumentException naming the values unless 0 ≤ min ≤ target ≤ max and max ≥ 2 × min */
        public Options {
            Preconditions.check(min >= 0, "circuit minimum must not be negative: %d", min);
            Preconditions.check(target >= 1 && min <= target && target <= max,
                    "circuit bounds must satisfy min <= target <= max and target >= 1: min %d, target %d, max %d",
                    min, target, max);
            Preconditions.check(max >= 2 * min, "circuit maximum must be at least twice the minimum: min %d, max %d",
                    min, max);
        }
    }

    /**
     * A parish, or the share of it, that a district holds.
     *
     * @param parish never null
     * @param share within (0, 1]
     */
    public record Member(Parish parish, BigDecimal share) {
        /** @throws IllegalArgumentException when the share is not within (0, 1] */
        public Member {
            Preconditions.requireNonNull(parish, "parish");
            new ParishShare(parish.code(), share);
        }

        /** The whole parish. */
        public static Member whole(Parish parish) {
            return new Member(parish, BigDecimal.ONE);
        }

        /** The people of this share, not rounded. */
        public BigDecimal population() {
            return share.multiply(BigDecimal.valueOf(parish.population()));
        }
    }

    private final Options options;

    /** A builder with the given bounds. */
    public CircuitBuilder(Options options) {
        this.options = Preconditions.requireNonNull(options, "options");
    }

    /** The bounds in use. */
    public Options options() {
        return options;
    }

    /**
     * Builds the circuits of one district.
     *
     * @param district never null
     * @param members the parishes or shares the district holds, each parish at most once; never empty
     * @return circuits numbered from {@code C01}, never empty
     * @throws IllegalArgumentException when there are no members or a parish appears twice
     */
    public List<Circuit> build(DistrictCode district, List<Member> members) {
        Preconditions.check(!members.isEmpty(), "district %s has no parish to build circuits from", district);
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(m -> m.parish().code()));
        Set<ParishCode> seen = new HashSet<>();
        for (Member m : sorted) {
            Preconditions.check(seen.add(m.parish().code()), "parish %s appears twice in district %s",
                    m.parish().code(), district);
        }
        List<Draft> drafts = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        BigDecimal max = BigDecimal.valueOf(options.max());
        for (Member m : sorted) {
            if (m.population().compareTo(max) > 0) {
                drafts.addAll(split(m));
            } else {
                clusters.add(new Cluster(m));
            }
        }
        merge(clusters);
        clusters.forEach(c -> drafts.add(c.toDraft()));
        drafts.sort(Comparator.comparing((Draft d) -> d.firstParish).thenComparingInt(d -> d.part));
        Preconditions.check(drafts.size() <= MAX_CIRCUITS, "district %s would need %d circuits, more than %d;"
                + " raise the circuit minimum or maximum", district, drafts.size(), MAX_CIRCUITS);
        List<Circuit> circuits = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            circuits.add(new Circuit(district.circuit(i + 1), d.name, district, d.shares));
        }
        return circuits;
    }

    private List<Draft> split(Member m) {
        BigDecimal pop = m.population();
        long n = pop.divide(BigDecimal.valueOf(options.max()), 0, RoundingMode.CEILING).longValueExact();
        long byTarget = pop.divide(BigDecimal.valueOf(options.target()), 0, RoundingMode.HALF_EVEN).longValueExact();
        Preconditions.check(n <= MAX_CIRCUITS, "parish %s holds %s people: more than %d circuits of at most %d,"
                + " the most a district can number; raise the circuit maximum", m.parish().code(),
                pop.setScale(0, RoundingMode.HALF_EVEN).toPlainString(), MAX_CIRCUITS, options.max());
        byTarget = Math.min(byTarget, MAX_CIRCUITS);
        while (n < byTarget && pop.divide(BigDecimal.valueOf(n + 1), SHARE_PRECISION)
                .compareTo(BigDecimal.valueOf(options.min())) >= 0) {
            n++;
        }
        BigDecimal share = m.share().divide(BigDecimal.valueOf(n), SHARE_PRECISION);
        List<Draft> parts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            parts.add(new Draft(m.parish().code(), i, m.parish().name() + " " + i + "/" + n,
                    List.of(new ParishShare(m.parish().code(), share))));
        }
        return parts;
    }

    private void merge(List<Cluster> clusters) {
        long min = options.min();
        BigDecimal max = BigDecimal.valueOf(options.max());
        Set<Cluster> stuck = new HashSet<>();
        while (true) {
            Cluster small = null;
            for (Cluster c : clusters) {
                if (!stuck.contains(c) && c.population.compareTo(BigDecimal.valueOf(min)) < 0
                        && (small == null || c.compareSize(small) < 0)) {
                    small = c;
                }
            }
            if (small == null || clusters.size() == 1) {
                return;
            }
            Cluster best = null;
            boolean bestSameCanton = false;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Cluster c : clusters) {
                if (c == small || c.population.add(small.population).compareTo(max) > 0) {
                    continue;
                }
                boolean same = !disjoint(c.cantons, small.cantons);
                double d = small.distanceTo(c);
                boolean better = best == null
                        || same && !bestSameCanton
                        || same == bestSameCanton && (d < bestDistance
                        || d == bestDistance && c.firstParish().compareTo(best.firstParish()) < 0);
                if (better) {
                    best = c;
                    bestSameCanton = same;
                    bestDistance = d;
                }
            }
            if (best == null) {
                stuck.add(small);
                continue;
            }
            clusters.remove(small);
            clusters.remove(best);
            stuck.remove(best);
            clusters.add(small.join(best));
        }
    }

    private static boolean disjoint(Set<CantonCode> a, Set<CantonCode> b) {
        for (CantonCode c : a) {
            if (b.contains(c)) {
                return false;
            }
        }
        return true;
    }

    private record Draft(ParishCode firstParish, int part, String name, List<ParishShare> shares) {
    }

    private static final class Cluster {
        final List<Member> members;
        final BigDecimal population;
        final Set<CantonCode> cantons = new TreeSet<>();
        final Coordinates centroid;

        Cluster(Member m) {
            this(List.of(m));
        }

        Cluster(List<Member> members) {
            List<Member> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparing(x -> x.parish().code()));
            this.members = List.copyOf(sorted);
            BigDecimal sum = BigDecimal.ZERO;
            double lat = 0;
            double lon = 0;
            double weight = 0;
            for (Member m : this.members) {
                sum = sum.add(m.population());
                cantons.add(m.parish().canton());
                if (m.parish().centroid() != null) {
                    double w = m.population().doubleValue() + 1;
                    lat += w * m.parish().centroid().lat();
                    lon += w * m.parish().centroid().lon();
                    weight += w;
                }
            }
            this.population = sum;
            this.centroid = weight == 0 ? null : new Coordinates(lat / weight, lon / weight);
        }

        ParishCode firstParish() {
            return members.get(0).parish().code();
        }

        int compareSize(Cluster other) {
            int c = population.compareTo(other.population);
            return c != 0 ? c : firstParish().compareTo(other.firstParish());
        }

        double distanceTo(Cluster other) {
            return centroid == null || other.centroid == null ? Double.POSITIVE_INFINITY
                    : centroid.distanceKm(other.centroid);
        }

        Cluster join(Cluster other) {
            List<Member> all = new ArrayList<>(members);
            all.addAll(other.members);
            return new Cluster(all);
        }

        Draft toDraft() {
            List<Member> byPopulation = new ArrayList<>(members);
            byPopulation.sort(Comparator.comparing(Member::population).reversed()
                    .thenComparing(m -> m.parish().code()));
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < Math.min(3, byPopulation.size()); i++) {
                name.append(i == 0 ? "" : " - ").append(byPopulation.get(i).parish().name());
            }
            if (byPopulation.size() > 3) {
                name.append(" + ").append(byPopulation.size() - 3);
            }
            List<ParishShare> shares = members.stream().map(m -> new ParishShare(m.parish().code(), m.share()))
                    .toList();
            return new Draft(firstParish(), 0, name.toString(), shares);
        }
    }
}
