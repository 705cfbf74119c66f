package io.github.desconcentra.examples.report;

/** The library version from the jar manifest, or {@code development} when run from classes. */
public final class Version {
    private Version() {
    }

    /** The version, never null. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
