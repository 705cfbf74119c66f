package io.github.desconcentra.examples.report;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Outline;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The full-resolution outline of every circuit, as deficits.geojson draws it: {@link Boundaries#outline} of each
 * circuit, its geometry the union of its parishes' polygons.
 *
 * <p>Dissolving Ecuador's parishes into its circuits with JTS was a third of deficits.geojson's time, so the build
 * dissolves the embedded reference territory once ({@link #main(String[])}, run by the examples module's build) and
 * stores the geometries in a resource (WKB: every coordinate's double as it is), keyed by a fingerprint of everything
 * they depend on (that of the {@link MapDrawing}: every parish polygon and the parishes of every circuit's areas).
 * {@link #of(Territory, String)} takes them from the resource when the territory's fingerprint matches (the embedded
 * territory, or the same data loaded from a folder) and has {@link Boundaries} dissolve any other territory's; both
 * give the same geometries, since the resource was written by the same code.
 */
final class CircuitOutlines {
    /** The resource holding the circuits' geometries of the embedded reference territory. */
    static final String RESOURCE = "circuit-outlines.bin";
    /** Changes whenever what is stored changes, so an older resource is not used. */
    private static final String FORMAT = "desconcentra circuit outlines 1";

    private final Boundaries boundaries;
    /** The build's geometries by circuit code, or null when they are dissolved now. */
    private final Map<String, Geometry> built;

    private CircuitOutlines(Boundaries boundaries, Map<String, Geometry> built) {
        this.boundaries = boundaries;
        this.built = built;
    }

    /**
     * The outlines of a territory's circuits: the build's geometries when the fingerprint matches, else dissolved on
     * demand.
     *
     * @param territory a territory with boundaries
     * @param mapFingerprint {@link MapDrawing#fingerprint(Territory)} of that territory
     */
    static CircuitOutlines of(Territory territory, String mapFingerprint) {
        Boundaries b = territory.boundaries().orElseThrow();
        return new CircuitOutlines(b, embedded(fingerprint(mapFingerprint), b.polygons().polygons().isEmpty() ? null
                : b.polygons().polygons().values().iterator().next().getFactory()));
    }

    /** The outlines of a territory's circuits, always dissolved now (what {@link #of} gives for another territory). */
    static CircuitOutlines dissolved(Territory territory) {
        return new CircuitOutlines(territory.boundaries().orElseThrow(), null);
    }

    /** Whether the geometries come from the build's resource. */
    boolean fromBuild() {
        return built != null;
    }

    /** The outline of a circuit, as {@link Boundaries#outline} gives it. */
    Outline outline(CircuitCode circuit) {
        Geometry g = built == null ? null : built.get(circuit.value());
        return g == null ? boundaries.outline(circuit) : boundaries.outline(circuit, g);
    }

    /**
     * Writes the circuits' geometries of the embedded reference territory to a file (the build puts it among the
     * classes).
     *
     * @param args the file to write
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Territory t = ReferenceTerritory.territory();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(t, fingerprint(MapDrawing.fingerprint(t)), out);
        }
    }

    /** The fingerprint, then per circuit its code and its geometry's WKB, then an empty code. */
    static void write(Territory territory, String fingerprint, OutputStream out) throws IOException {
        Boundaries b = territory.boundaries().orElseThrow();
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(fingerprint);
        WKBWriter wkb = new WKBWriter();
        for (Circuit c : territory.circuits()) {
            byte[] bytes = wkb.write(b.outline(c.code()).geometry());
            data.writeUTF(c.code().value());
            data.writeInt(bytes.length);
            data.write(bytes);
        }
        data.writeUTF("");
        data.flush();
    }

    /** The geometries stored in a stream when its fingerprint is the one given, else null. */
    static Map<String, Geometry> read(InputStream in, String fingerprint, GeometryFactory factory)
            throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!data.readUTF().equals(fingerprint)) {
            return null;
        }
        WKBReader wkb = new WKBReader(factory);
        Map<String, Geometry> geometries = new HashMap<>();
        for (String code = data.readUTF(); !code.isEmpty(); code = data.readUTF()) {
            byte[] bytes = new byte[data.readInt()];
            data.readFully(bytes);
            try {
                geometries.put(code, wkb.read(bytes));
            } catch (ParseException e) {
                throw new IOException("the outline of circuit " + code + " is not valid WKB: " + e.getMessage(), e);
            }
        }
        return geometries;
    }

    /** The build's geometries when the resource is there and made for this fingerprint, else null. */
    private static Map<String, Geometry> embedded(String fingerprint, GeometryFactory factory) {
        if (factory == null) {
            return null;
        }
        try (InputStream in = CircuitOutlines.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(new BufferedInputStream(in, 1 << 16), fingerprint, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of this format and the map's fingerprint, which covers every polygon and the circuits' parishes. */
    static String fingerprint(String mapFingerprint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((FORMAT + "|" + mapFingerprint)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
