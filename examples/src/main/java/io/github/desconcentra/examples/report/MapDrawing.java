package io.github.desconcentra.examples.report;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.MapArea;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The geometry of the page's map, already drawn as SVG path data: the size of the picture and of the Galápagos inset,
 * the land in no parish, one path per area of each level of {@link ReportMap#LEVELS} (in the order of
 * {@link Boundaries#members(Level)}) and one per province. It depends on the parish polygons and on which parishes
 * each area and province holds, nothing else: no figure, no language.
 *
 * <p>Simplifying and dissolving Ecuador's parishes costs more than the rest of the page, so the build draws the
 * embedded reference territory once ({@link #main(String[])}, run by the examples module's build) into a resource
 * keyed by a fingerprint of everything the drawing depends on. {@link #of(Territory)} uses that resource when the
 * territory's fingerprint matches (the embedded territory, or the same data loaded from a folder) and draws any other
 * territory itself; both give the same bytes, since the resource was written by the same code.
 */
record MapDrawing(String fingerprint, double width, double height, double insetTop, double insetHeight,
                  String noParish, List<List<String>> layers, List<String> provinceCodes, List<String> provinces) {
    /** The resource holding the drawing of the embedded reference territory. */
    static final String RESOURCE = "map-drawing.txt";
    /** The simplification of the page's polygons: 0.004° is about 450 m, half a pixel at the mainland's scale. */
    static final double TOLERANCE_DEGREES = 0.004;
    /** A hole of the parish layer larger than this (about 0.1 km²) is drawn as land in no parish. */
    private static final double MIN_HOLE_SQUARE_DEGREES = 1e-5;
    /** Longitudes west of this are the Galápagos islands, drawn in the inset. */
    private static final double INSET_WEST_OF = -85;
    static final double MAINLAND_WIDTH = 720;
    static final double INSET_WIDTH = 200;
    static final double MARGIN = 10;
    /** Changes whenever the drawing code changes what it draws, so an older resource is not used. */
    private static final String FORMAT = "desconcentra map drawing 1";

    MapDrawing {
        layers = layers.stream().map(List::copyOf).toList();
        provinceCodes = List.copyOf(provinceCodes);
        provinces = List.copyOf(provinces);
    }

    /** The drawing of a territory with boundaries: the build's when its fingerprint matches, else drawn now. */
    static MapDrawing of(Territory territory) {
        return of(territory, fingerprint(territory));
    }

    /** {@link #of(Territory)} with the territory's {@link #fingerprint(Territory)} already computed. */
    static MapDrawing of(Territory territory, String fingerprint) {
        MapDrawing built = embedded();
        return built != null && built.fingerprint.equals(fingerprint) ? built : draw(territory, fingerprint);
    }

    /**
     * Writes the drawing of the embedded reference territory to a file (the build puts it among the classes).
     *
     * @param args the file to write
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Territory t = ReferenceTerritory.territory();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            draw(t, fingerprint(t)).write(w);
        }
    }

    /**
     * SHA-256 of everything the drawing depends on: this format and its constants, every parish polygon (WKB, in code
     * order), the parishes and units of every area of the levels drawn, and the province of every parish.
     */
    static String fingerprint(Territory territory) {
        Boundaries b = territory.boundaries().orElseThrow();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        text(sha, FORMAT + "|" + TOLERANCE_DEGREES + "|" + MIN_HOLE_SQUARE_DEGREES + "|" + INSET_WEST_OF + "|"
                + MAINLAND_WIDTH + "|" + INSET_WIDTH + "|" + MARGIN);
        WKBWriter wkb = new WKBWriter();
        for (Map.Entry<ParishCode, Geometry> e : new TreeMap<>(b.polygons().polygons()).entrySet()) {
            text(sha, e.getKey().value() + ":" + province(territory, e.getKey()).value());
            sha.update(wkb.write(e.getValue()));
        }
        for (Level level : ReportMap.LEVELS) {
            text(sha, level.name());
            for (MapArea.Members a : b.members(level)) {
                text(sha, a.units() + "=" + a.parishes());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static UnitCode province(Territory territory, ParishCode parish) {
        return territory.ancestors(parish).stream().filter(u -> u.level() == Level.PROVINCE).findFirst()
                .orElseThrow();
    }

    /** The build's drawing, or null when the resource is absent. */
    private static MapDrawing embedded() {
        try (InputStream in = MapDrawing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** One line per value; path data holds no line break. */
    void write(Writer w) throws IOException {
        w.write(fingerprint + "\n" + width + "\n" + height + "\n" + insetTop + "\n" + insetHeight + "\n" + noParish
                + "\n" + layers.size() + "\n");
        for (List<String> layer : layers) {
            w.write(layer.size() + "\n");
            for (String d : layer) {
                w.write(d + "\n");
            }
        }
        w.write(provinces.size() + "\n");
        for (int i = 0; i < provinces.size(); i++) {
            w.write(provinceCodes.get(i) + "\n" + provinces.get(i) + "\n");
        }
    }

    static MapDrawing read(BufferedReader r) throws IOException {
        String fingerprint = r.readLine();
        double width = Double.parseDouble(r.readLine());
        double height = Double.parseDouble(r.readLine());
        double insetTop = Double.parseDouble(r.readLine());
        double insetHeight = Double.parseDouble(r.readLine());
        String noParish = r.readLine();
        int levels = Integer.parseInt(r.readLine());
        List<List<String>> layers = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            int n = Integer.parseInt(r.readLine());
            List<String> layer = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                layer.add(r.readLine());
            }
            layers.add(layer);
        }
        int n = Integer.parseInt(r.readLine());
        List<String> codes = new ArrayList<>(n);
        List<String> provinces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            codes.add(r.readLine());
            provinces.add(r.readLine());
        }
        return new MapDrawing(fingerprint, width, height, insetTop, insetHeight, noParish, layers, codes, provinces);
    }

    /**
     * Draws a territory: the parish polygons simplified as one coverage (JTS {@link CoverageSimplifier}, shared
     * borders simplified once so neighbours still meet), then dissolved per area and per province.
     */
    static MapDrawing draw(Territory territory, String fingerprint) {
        Boundaries b = territory.boundaries().orElseThrow();
        SortedMap<ParishCode, Geometry> simplified = new TreeMap<>();
        List<ParishCode> codes = new ArrayList<>(b.polygons().polygons().keySet());
        Geometry[] input = codes.stream().map(c -> b.polygons().polygons().get(c)).toArray(Geometry[]::new);
        Geometry[] output = CoverageSimplifier.simplify(input, TOLERANCE_DEGREES);
        Envelope main = new Envelope();
        Envelope islands = new Envelope();
        for (int i = 0; i < codes.size(); i++) {
            // A parish the simplifier would erase (an islet smaller than the tolerance) keeps its own polygon.
            Geometry g = output[i] == null || output[i].isEmpty() ? input[i] : output[i];
            simplified.put(codes.get(i), g);
            Envelope e = g.getEnvelopeInternal();
            (e.getMaxX() < INSET_WEST_OF ? islands : main).expandToInclude(e);
        }
        double scale = MAINLAND_WIDTH / main.getWidth();
        double insetScale = scale / 2;
        double left = islands.isNull() ? MARGIN : MARGIN + INSET_WIDTH + MARGIN;
        Projection mainland = new Projection(main.getMinX(), main.getMaxY(), scale, left, MARGIN);
        double width = left + MAINLAND_WIDTH + MARGIN;
        double height = MARGIN + main.getHeight() * scale + MARGIN;
        Projection inset;
        double insetTop;
        double insetHeight;
        if (islands.isNull()) {
            inset = mainland;
            insetTop = 0;
            insetHeight = 0;
        } else {
            double x = MARGIN + (INSET_WIDTH - islands.getWidth() * insetScale) / 2;
            insetTop = MARGIN;
            insetHeight = islands.getHeight() * insetScale + 2 * MARGIN + 14;
            inset = new Projection(islands.getMinX(), islands.getMaxY(), insetScale, x, insetTop + MARGIN + 14);
        }
        Paths paths = new Paths(mainland, inset);
        // The union of every parish, not of the province outlines: its holes' rings would then start elsewhere.
        Geometry nation = OverlayNGRobust.union(simplified.values(), simplified.values().iterator().next()
                .getFactory());
        StringBuilder holes = new StringBuilder();
        for (int i = 0; i < nation.getNumGeometries(); i++) {
            Polygon p = (Polygon) nation.getGeometryN(i);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (p.getFactory().createPolygon(p.getInteriorRingN(h)).getArea() > MIN_HOLE_SQUARE_DEGREES) {
                    paths.ring(holes, p.getInteriorRingN(h));
                }
            }
        }
        List<List<String>> layers = new ArrayList<>();
        for (Level level : ReportMap.LEVELS) {
            List<String> layer = new ArrayList<>();
            for (MapArea.Members a : b.members(level)) {
                List<Geometry> parts = a.parishes().stream().map(simplified::get).toList();
                layer.add(paths.path(parts.size() == 1 ? parts.get(0)
                        : OverlayNGRobust.union(parts, parts.get(0).getFactory())));
            }
            layers.add(layer);
        }
        SortedMap<UnitCode, List<Geometry>> byProvince = new TreeMap<>();
        simplified.forEach((p, g) -> byProvince.computeIfAbsent(province(territory, p), k -> new ArrayList<>())
                .add(g));
        List<String> provinceCodes = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        byProvince.forEach((province, parts) -> {
            provinceCodes.add(province.value());
            provinces.add(paths.path(OverlayNGRobust.union(parts, parts.get(0).getFactory())));
        });
        return new MapDrawing(fingerprint, width, height, insetTop, insetHeight, holes.toString(), layers,
                provinceCodes, provinces);
    }

    /** Path data in tenths of a pixel, from the projections of the mainland and of the inset. */
    private record Paths(Projection mainland, Projection inset) {
        /** An SVG path of every ring of a polygonal geometry, relative moves in tenths of a pixel. */
        String path(Geometry g) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    ring(d, p.getExteriorRing());
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        ring(d, p.getInteriorRingN(h));
                    }
                }
            }
            return d.toString();
        }

        void ring(StringBuilder d, LineString ring) {
            Coordinate[] cs = ring.getCoordinates();
            if (cs.length < 4) {
                return;
            }
            Projection p = cs[0].x < INSET_WEST_OF ? inset : mainland;
            long[] first = p.tenths(cs[0]);
            long x = first[0];
            long y = first[1];
            d.append('M').append(ReportMap.tenths(x)).append(' ').append(ReportMap.tenths(y)).append('l');
            int drawn = 0;
            for (int i = 1; i < cs.length - 1; i++) {
                long[] next = p.tenths(cs[i]);
                if (next[0] == x && next[1] == y) {
                    continue;
                }
                long dx = next[0] - x;
                long dy = next[1] - y;
                if (drawn > 0 && dx >= 0) {
                    d.append(' ');
                }
                d.append(ReportMap.tenths(dx));
                if (dy >= 0) {
                    d.append(' ');
                }
                d.append(ReportMap.tenths(dy));
                x = next[0];
                y = next[1];
                drawn++;
            }
            if (drawn == 0) {
                d.append("0 0");
            }
            d.append('z');
        }
    }

    /** Longitude and latitude to pixels: x to the east, y down from the northern edge. */
    private record Projection(double west, double north, double scale, double left, double top) {
        long[] tenths(Coordinate c) {
            return new long[] {Math.round(((c.x - west) * scale + left) * 10),
                Math.round(((north - c.y) * scale + top) * 10)};
        }
    }
}
