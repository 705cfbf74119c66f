package io.github.desconcentra.standards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.JsonFields;
import io.github.desconcentra.territory.internal.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes inventory source declarations as JSON: an array of objects
 * {@code {"id", "title", "publisher", "vintage", "status", "officialIds", "note", "coverage": [{"sector", "typologies": [...],
 * "measures": [...], "over": [unit codes], "complete", "basis"}]}}. The project's derived reference inventory declares
 * its sources this way.
 */
public final class InventorySources {
    private InventorySources() {
    }

    /**
     * Writes the declarations, pretty-printed, in the order given.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(List<InventorySource> sources, Path file) {
        JsonMapper mapper = JsonLimits.mapper();
        ArrayNode root = mapper.createArrayNode();
        sources.forEach(s -> fill(root.addObject(), s));
        try {
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fills a JSON object with one declaration, in the format {@link #write} uses, for a writer that embeds sources in
     * a larger document (the run's report).
     *
     * @return {@code o}
     */
    public static ObjectNode fill(ObjectNode o, InventorySource s) {
        o.put("id", s.id()).put("title", s.title()).put("publisher", s.publisher()).put("vintage", s.vintage())
                .put("status", s.status().id()).put("officialIds", s.officialIds()).put("note", s.note());
        ArrayNode cover = o.putArray("coverage");
        for (InventorySource.Coverage c : s.coverage()) {
            ObjectNode x = cover.addObject().put("sector", c.sector().id());
            ArrayNode typologies = x.putArray("typologies");
            c.typologies().forEach(typologies::add);
            ArrayNode measures = x.putArray("measures");
            c.measures().forEach(m -> measures.add(m.id()));
            ArrayNode over = x.putArray("over");
            c.over().forEach(u -> over.add(u.value()));
            x.put("complete", c.complete()).put("basis", c.basis());
        }
        return o;
    }

    /**
     * Reads declarations.
     *
     * @throws InputException with every problem found, located by JSON pointer
     */
    public static List<InventorySource> read(String name, InputStream in) {
        JsonNode root = JsonLimits.readTree(JsonLimits.mapper(), name, in);
        List<Problem> problems = new ArrayList<>();
        if (!root.isArray()) {
            throw new InputException(Problem.of(name, "must hold a JSON array of inventory sources"));
        }
        JsonFields f = new JsonFields(name, problems);
        List<InventorySource> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            String at = "/" + i;
            String id = f.text(n, at, "id", v -> v);
            String title = f.text(n, at, "title", v -> v);
            String publisher = f.text(n, at, "publisher", v -> v);
            String vintage = f.text(n, at, "vintage", v -> v);
            Provenance.Status status = f.text(n, at, "status", Provenance.Status::fromId);
            String note = n.hasNonNull("note") ? n.get("note").asText() : "";
            boolean officialIds = n.hasNonNull("officialIds") && n.get("officialIds").asBoolean();
            List<InventorySource.Coverage> cover = new ArrayList<>();
            JsonNode cs = n.get("coverage");
            if (cs == null || !cs.isArray()) {
                f.problem(at + "/coverage", "", "must be an array");
                continue;
            }
            for (int j = 0; j < cs.size(); j++) {
                JsonNode c = cs.get(j);
                String cat = at + "/coverage/" + j;
                Sector sector = f.text(c, cat, "sector", Sector::fromId);
                Set<String> typologies = new LinkedHashSet<>(strings(f, c, cat, "typologies", v -> v));
                Set<Measure> measures = EnumSet.noneOf(Measure.class);
                measures.addAll(strings(f, c, cat, "measures", Measure::fromId));
                Set<UnitCode> over = new LinkedHashSet<>(strings(f, c, cat, "over", UnitCode::parse));
                String basis = f.text(c, cat, "basis", v -> v);
                JsonNode complete = c.get("complete");
                if (complete == null || !complete.isBoolean()) {
                    f.problem(cat + "/complete", "", "must be true or false");
                    continue;
                }
                if (sector != null && basis != null) {
                    try {
                        cover.add(new InventorySource.Coverage(sector, typologies, measures, over,
                                complete.booleanValue(), basis));
                    } catch (IllegalArgumentException e) {
                        f.problem(cat, "", e.getMessage());
                    }
                }
            }
            if (id != null && title != null && publisher != null && vintage != null && status != null) {
                try {
                    out.add(new InventorySource(id, title, publisher, vintage, status, officialIds, cover, note));
                } catch (IllegalArgumentException e) {
                    f.problem(at, id, e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static <T> List<T> strings(JsonFields f, JsonNode n, String at, String field,
                                       java.util.function.Function<String, T> parser) {
        JsonNode a = n.get(field);
        List<T> out = new ArrayList<>();
        if (a == null || !a.isArray()) {
            f.problem(at + "/" + field, "", "must be an array");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            T v = f.element(a, at + "/" + field, i, parser);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
