package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;

/**
 * A rule of the standards as its metadata describes it.
 *
 * @param name the rule's name, a business sentence
 * @param packageName the DRL package, e.g. {@code io.github.desconcentra.standards.health}
 * @param sector from {@code @sector}
 * @param standard from {@code @standard}
 * @param level from {@code @level}
 * @param typology from {@code @typology}
 * @param provenance from {@code @source} and {@code @status}
 */
public record RuleInfo(String name, String packageName, Sector sector, String standard, Level level,
                       String typology, Provenance provenance) {

    /**
     * A metadata value as text, without the quotes some Drools compilation paths keep ({@code "health"} and
     * {@code health} read the same); null when absent.
     */
    public static String metadata(java.util.Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
