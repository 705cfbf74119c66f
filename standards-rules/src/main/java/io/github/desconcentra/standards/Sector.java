package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Ids;

/** The six sectors that plan their services on zones, districts and circuits. */
public enum Sector {
    /** Ministerio de Salud Pública (MSP). */
    HEALTH("Salud", "Health", "MSP", "HEALTH"),
    /** Ministerio de Educación (MINEDUC). */
    EDUCATION("Educación", "Education", "MINEDUC", "EDU"),
    /** Ministerio de Inclusión Económica y Social (MIES): child centres, home visits. */
    INCLUSION("Inclusión económica y social", "Economic and social inclusion", "MIES", "INCL"),
    /** Ministerio del Interior, Policía Nacional: UPC per circuit, UVC per district. */
    POLICE("Seguridad ciudadana", "Police", "Ministerio del Interior", "POL"),
    /** Ministerio de Justicia / SNAI: prisons and juvenile centres. */
    REHABILITATION("Rehabilitación social", "Social rehabilitation", "SNAI", "REHAB"),
    /** Secretaría de Gestión de Riesgos and municipal fire brigades. */
    FIRE("Bomberos y gestión de riesgos", "Fire brigades", "SGR", "FIRE");

    private final String nameEs;
    private final String nameEn;
    private final String ministry;
    private final String standardPrefix;
    /** The identifier, kept with the constant: report writers ask for it on every row. */
    private final String id = Ids.ofName(name());

    Sector(String nameEs, String nameEn, String ministry, String standardPrefix) {
        this.nameEs = nameEs;
        this.nameEn = nameEn;
        this.ministry = ministry;
        this.standardPrefix = standardPrefix + "-";
    }

    /** The prefix of this sector's standard ids, e.g. {@code EDU-} for {@code EDU-SEATS}. */
    public String standardPrefix() {
        return standardPrefix;
    }

    /** The identifier used in files, rules and packages, e.g. {@code health}. */
    public String id() {
        return id;
    }

    /** The Spanish name. */
    public String nameEs() {
        return nameEs;
    }

    /** The English name. */
    public String nameEn() {
        return nameEn;
    }

    /** The ministry or agency in charge. */
    public String ministry() {
        return ministry;
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static Sector fromId(String id) {
        return Ids.parse(Sector.class, id, "sector");
    }
}
