package io.github.desconcentra.standards.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.InputFiles;
import io.github.desconcentra.territory.internal.JsonFields;
import io.github.desconcentra.territory.internal.JsonLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenario test kit: cases written beside the rules ({@code <sector>/tests/*.json}), each a unit's people and
 * supply and the requirements and deficits the rules must give. A case file holds a JSON array of:
 *
 * <pre>{@code
 * {"name": "a circuit of exactly 10,000 people needs a type-A centre",
 *  "sector": "health", "level": "circuit", "population": 10000,
 *  "children_0_2": 0, "children_3_4": 0, "school_age": 0, "adults_65_plus": 0,
 *  "supply": [{"typology": "CS_A", "establishments": 1, "places": 0, "staff": 9}],
 *  "expect": [{"typology": "CS_A", "measure": "establishments", "required": 1, "deficit": 0}]}
 * }</pre>
 *
 * Supply is usable supply (good or needing repair); only the listed expectations are checked, and a listed
 * expectation with {@code "required": 0} also passes when the rules require nothing of that typology and measure.
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /** The outcome of one case. */
    public record Result(String file, String name, boolean passed, String detail) {
    }

    /** Runs every case file under {@code dir} ({@code *.json} in any {@code tests} folder). */
    public static List<Result> run(StandardsEngine engine, Path dir) {
        List<Result> results = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals(
                    StandardsFolder.TESTS) && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(Problem.of(dir.toString(), "cannot be read: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                JsonNode root;
                try (java.io.InputStream in = InputFiles.open(f, JsonLimits.MAX_DOCUMENT)) {
                    root = JsonLimits.mapper().readTree(in);
                }
                if (root == null || !root.isArray()) {
                    problems.add(Problem.of(f.toString(), "must hold a JSON array of cases"));
                    continue;
                }
                for (int i = 0; i < root.size(); i++) {
                    results.add(runCase(engine, f.toString(), "/" + i, root.get(i), problems));
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            } catch (NumberFormatException e) {
                problems.add(Problem.of(f.toString(), "is not valid JSON: a number is out of range: " + e.getMessage()));
            } catch (IOException e) {
                problems.add(Problem.of(f.toString(), "is not valid JSON: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return results;
    }

    /**
     * A count of a case: 0 when absent; otherwise it must be a whole JSON number within the bounds of the loaders (an
     * object, array, string or fraction is a problem of the case file, never read as 0).
     */
    private static long count(JsonFields f, JsonNode n, String pointer, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        Long c = f.count(n, pointer, field);
        return c == null ? 0 : c;
    }

    private static Result runCase(StandardsEngine engine, String file, String pointer, JsonNode c,
                                  List<Problem> problems) {
        String name = c.path("name").asText(pointer);
        Sector sector;
        Level level;
        try {
            sector = Sector.fromId(c.path("sector").asText());
            level = Level.fromId(c.path("level").asText());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, 0, pointer, "", e.getMessage()));
            return new Result(file, name, false, e.getMessage());
        }
        UnitCode code = UnitCode.parse(switch (level) {
            case ZONE -> "Z1";
            case DISTRICT -> "01D01";
            default -> "01D01C01";
        });
        int before = problems.size();
        JsonFields f = new JsonFields(file, problems);
        UnitFact main = new UnitFact(code, level, name, count(f, c, pointer, "population"),
                count(f, c, pointer, "children_0_2"), count(f, c, pointer, "children_3_4"),
                count(f, c, pointer, "school_age"), count(f, c, pointer, "adults_65_plus"));
        long s514 = c.has("school_age_5_14") ? count(f, c, pointer, "school_age_5_14") : c.has("school_age_15_17")
                ? main.schoolAge() - count(f, c, pointer, "school_age_15_17") : main.schoolAge5to14();
        UnitFact unit = new UnitFact(code, level, name, main.population(), main.children0to2(), main.children3to4(),
                main.schoolAge(), main.adults65Plus(), c.has("children_1_2") ? count(f, c, pointer, "children_1_2")
                : main.children1to2(), s514, main.schoolAge() - s514);
        Map<String, long[]> supply = new HashMap<>();
        JsonNode supplyItems = c.path("supply");
        for (int i = 0; i < supplyItems.size(); i++) {
            JsonNode s = supplyItems.get(i);
            String at = pointer + "/supply/" + i;
            Condition condition;
            try {
                condition = Condition.fromId(s.path("condition").asText("good"));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, 0, at + "/condition", s.path("condition").toString(), e.getMessage()));
                continue;
            }
            long[] counts = {count(f, s, at, "establishments"), count(f, s, at, "places"), count(f, s, at, "staff")};
            if (condition.isUsable()) {
                supply.merge(s.path("typology").asText(), counts, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1],
                    a[2] + b[2]});
            }
        }
        List<Requirement> reqs = engine.ideal(unit, EnumSet.of(sector));
        List<String> failures = new ArrayList<>();
        JsonNode expectations = c.path("expect");
        for (int i = 0; i < expectations.size(); i++) {
            JsonNode e = expectations.get(i);
            String at = pointer + "/expect/" + i;
            String typology = e.path("typology").asText();
            Measure measure;
            try {
                measure = Measure.valueOf(e.path("measure").asText("establishments").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                problems.add(new Problem(file, 0, at + "/measure", e.path("measure").toString(), "unknown measure"
                        + " (expected establishments, places or staff)"));
                continue;
            }
            long required = 0;
            long usable = 0;
            boolean found = false;
            for (Requirement r : reqs) {
                if (r.typology().equals(typology) && r.measure() == measure) {
                    found = true;
                    required += r.quantity();
                    for (String t : r.supply()) {
                        usable += supply.getOrDefault(t, new long[3])[measure.ordinal()];
                    }
                }
            }
            long deficit = Math.max(0, required - usable);
            long expectedRequired = count(f, e, at, "required");
            long expectedDeficit = count(f, e, at, "deficit");
            if (e.has("required") && expectedRequired != required) {
                failures.add(typology + " " + measure.id() + " required " + required + ", expected "
                        + expectedRequired + (found ? "" : " (no rule required it)"));
            }
            if (e.has("deficit") && expectedDeficit != deficit) {
                failures.add(typology + " " + measure.id() + " deficit " + deficit + ", expected " + expectedDeficit);
            }
        }
        if (problems.size() > before) {
            return new Result(file, name, false, "the case is not valid: " + problems.get(before).message());
        }
        return new Result(file, name, failures.isEmpty(), String.join("; ", failures));
    }
}
