package io.github.desconcentra.standards.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.RuleException;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.JsonLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scenario test kit: cases written beside the rules ({@code <sector>/tests/*.json}), each a unit's people and
 * supply and the requirements and deficits the rules must give. A case file holds a JSON array of:
 *
 * <pre>{@code
 * {"name": "a circuit of exactly 10,000 people needs a type-A centre",
 *  "sector": "health", "level": "circuit", "population": 10000,
 *  "children_0_2": 0, "children_3_4": 0, "school_age": 0, "adults_65_plus": 0,
 *  "supply": [{"typology": "CS_A", "establishments": 1, "places": 0, "staff": 9, "condition": "good"}],
 *  "expect": [{"typology": "CS_A", "measure": "establishments", "required": 1, "deficit": 0}]}
 * }</pre>
 *
 * The format is read strictly, every error at its file, line and column: {@code name}, {@code sector},
 * {@code level}, {@code population} and a non-empty {@code expect} are required; counts are whole JSON numbers
 * ({@code 12.0} counts as 12; {@code 12.5} and {@code "12"} are errors) from 0 up, the people at most ten billion
 * and the age groups (optional, 0 when absent) together at most the population; sectors, levels, measures and
 * conditions are the known words; typologies are defined in the catalogue; an unknown field is an error. Supply is usable supply (good or needing
 * repair; {@code condition} defaults to good); only the listed expectations are checked, each stating
 * {@code required}, {@code deficit} or both, and an expectation with {@code "required": 0} also passes when the
 * rules require nothing of that typology and measure.
 */
public final class ScenarioTests {
    private static final long MAX_PEOPLE = Probes.MAX_POPULATION;
    private static final List<String> CASE_FIELDS = List.of("name", "sector", "level", "population", "children_0_2",
            "children_3_4", "school_age", "adults_65_plus", "supply", "expect", "children_1_2", "school_age_5_14",
            "school_age_15_17");
    private static final List<String> GROUPS = CASE_FIELDS.subList(4, 8);
    private static final List<String> SUPPLY_FIELDS = List.of("typology", "establishments", "places", "staff",
            "condition");
    private static final List<String> EXPECT_FIELDS = List.of("typology", "measure", "required", "deficit");

    private ScenarioTests() {
    }

    /**
     * The outcome of one case.
     *
     * @param file the case file
     * @param line the line where the case starts
     * @param name the case's name
     * @param passed true when every expectation held
     * @param detail what did not hold, empty when passed
     */
    public record Result(String file, long line, String name, boolean passed, String detail) {
    }

    /**
     * Runs every case file of a standards folder ({@code <sector>/tests/*.json}).
     *
     * @return one result per case, by file and order in the file
     * @throws InputException with every problem of every case file, each located, before any case runs
     */
    public static List<Result> run(StandardsEngine engine, Path dir) {
        List<Path> files = new ArrayList<>();
        for (Sector s : StandardsFolder.sectorsIn(dir)) {
            Path tests = dir.resolve(s.id()).resolve(StandardsFolder.TESTS);
            if (!Files.isDirectory(tests)) {
                continue;
            }
            try (Stream<Path> list = Files.list(tests)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json")
                        && !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InputException(Problem.of(tests.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (Path f : files) {
            try {
                cases.addAll(new Reader(f.toString(), engine.catalogue(), problems).read(StandardsFolder.read(f)));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            try {
                results.add(c.run(engine));
            } catch (RuleException e) {
                problems.add(new Problem(c.file(), c.line(), "", c.name(), "a rule fails on this case: "
                        + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return results;
    }

    /** Supply of one typology: usable establishments, places and staff. */
    private record Supply(String typology, long establishments, long places, long staff, Condition condition) {
    }

    /** One expectation. */
    private record Expect(String typology, Measure measure, Long required, Long deficit) {
    }

    /** One case, read and checked. */
    private record Case(String file, long line, String name, Sector sector, UnitFact unit, List<Supply> supply,
                        List<Expect> expect) {
        Result run(StandardsEngine engine) {
            Map<String, long[]> usable = new HashMap<>();
            for (Supply s : supply) {
                if (s.condition().isUsable()) {
                    usable.merge(s.typology(), new long[] {s.establishments(), s.places(), s.staff()},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
                }
            }
            List<Requirement> reqs = engine.ideal(unit, EnumSet.of(sector));
            List<String> failures = new ArrayList<>();
            for (Expect e : expect) {
                long required = 0;
                long have = 0;
                boolean found = false;
                for (Requirement r : reqs) {
                    if (r.typology().equals(e.typology()) && r.measure() == e.measure()) {
                        found = true;
                        required += r.quantity();
                        for (String t : r.supply()) {
                            have += usable.getOrDefault(t, new long[3])[e.measure().ordinal()];
                        }
                    }
                }
                long deficit = Math.max(0, required - have);
                if (e.required() != null && e.required() != required) {
                    failures.add(e.typology() + " " + e.measure().id() + " required " + required + ", expected "
                            + e.required() + (found ? "" : " (no rule required it)"));
                }
                if (e.deficit() != null && e.deficit() != deficit) {
                    failures.add(e.typology() + " " + e.measure().id() + " deficit " + deficit + ", expected "
                            + e.deficit());
                }
            }
            return new Result(file, line, name, failures.isEmpty(), String.join("; ", failures));
        }
    }

    /** Reads case files token by token, so that every error has its line and column. */
    private static final class Reader {
        private final String file;
        private final Catalogue catalogue;
        private final List<Problem> problems;
        private JsonParser parser;

        Reader(String file, Catalogue catalogue, List<Problem> problems) {
            this.file = file;
            this.catalogue = catalogue;
            this.problems = problems;
        }

        List<Case> read(byte[] bytes) {
            List<Case> cases = new ArrayList<>();
            try (JsonParser p = JsonLimits.mapper().createParser(bytes)) {
                parser = p;
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    problem(p.currentTokenLocation(), "", "", "must hold a JSON array of cases");
                    return cases;
                }
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Case c = readCase(index++);
                    if (c != null) {
                        cases.add(c);
                    }
                }
                if (p.nextToken() != null) {
                    problem(p.currentTokenLocation(), "", "", "holds something after the array of cases");
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                problems.add(new Problem(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? ""
                        : Integer.toString(Math.max(0, at.getColumnNr())), "", "is not valid JSON: "
                        + e.getOriginalMessage()));
            } catch (IOException e) {
                problems.add(Problem.of(file, "cannot be read: " + e.getMessage()));
            }
            return cases;
        }

        private void problem(JsonLocation at, String field, String value, String message) {
            problems.add(new Problem(file, Math.max(0, at.getLineNr()), Integer.toString(Math.max(0,
                    at.getColumnNr())), value, (field.isEmpty() ? "" : field + ": ") + message));
        }

        /** Reads one object's fields; each value is read by {@code field}, which returns false when it is bad. */
        private Map<String, Object> object(String what, List<String> allowed, FieldReader field) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problem(start, "", "", what + " must be a JSON object");
                parser.skipChildren();
                return null;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            boolean ok = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                if (!allowed.contains(name)) {
                    problem(at, name, "", "unknown field in " + what + " (expected " + String.join(", ", allowed)
                            + ")");
                    parser.skipChildren();
                    ok = false;
                    continue;
                }
                Object v = field.read(name);
                if (v == null) {
                    ok = false;
                } else {
                    values.put(name, v);
                }
            }
            values.put("", start);
            return ok ? values : null;
        }

        private interface FieldReader {
            Object read(String name) throws IOException;
        }

        private String text(String field) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                problem(at, field, shown(), "must be a string");
                parser.skipChildren();
                return null;
            }
            String v = parser.getText();
            if (v.isBlank()) {
                problem(at, field, v, "must not be blank");
                return null;
            }
            return v;
        }

        private <T> T word(String field, java.util.function.Function<String, T> parse) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            String v = text(field);
            if (v == null) {
                return null;
            }
            try {
                return parse.apply(v);
            } catch (IllegalArgumentException e) {
                problem(at, field, v, e.getMessage());
                return null;
            }
        }

        /** A whole JSON number from 0 to {@code max}; {@code 12.0} counts as 12, as in the other loaders. */
        private Long count(String field, long max) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            JsonToken t = parser.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                String v = shown();
                parser.skipChildren();
                problem(at, field, v, "must be a whole number, not " + kind(t));
                return null;
            }
            BigInteger v;
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal d = parser.getDecimalValue();
                if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                    problem(at, field, parser.getText(), "must be a whole number");
                    return null;
                }
                v = d.toBigInteger();
            } else {
                v = parser.getBigIntegerValue();
            }
            if (v.signum() < 0) {
                problem(at, field, v.toString(), "must not be negative");
                return null;
            }
            if (v.compareTo(BigInteger.valueOf(max)) > 0) {
                problem(at, field, v.toString(), String.format(Locale.ROOT, "must be at most %,d", max));
                return null;
            }
            return v.longValueExact();
        }

        private String shown() throws IOException {
            JsonToken t = parser.currentToken();
            return t == null || t.isStructStart() ? "" : parser.getText();
        }

        private static String kind(JsonToken t) {
            return switch (t) {
                case VALUE_STRING -> "a string";
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> "that";
            };
        }

        private String typology(String field) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            String code = text(field);
            if (code != null && catalogue.typology(code).isEmpty()) {
                problem(at, field, code, "unknown typology code (not in any typologies.csv)");
                return null;
            }
            return code;
        }

        private List<Map<String, Object>> array(String field, String what, List<String> allowed, FieldReader reader)
                throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                problem(at, field, shown(), "must be an array of " + what + "s");
                parser.skipChildren();
                return null;
            }
            List<Map<String, Object>> items = new ArrayList<>();
            boolean ok = true;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Map<String, Object> item = object(what, allowed, reader);
                if (item == null) {
                    ok = false;
                } else {
                    items.add(item);
                }
            }
            return ok ? items : null;
        }

        private Case readCase(int index) throws IOException {
            Map<String, Object> c = object("a case", CASE_FIELDS, field -> switch (field) {
                case "name" -> text(field);
                case "sector" -> word(field, Sector::fromId);
                case "level" -> word(field, v -> {
                    Level l = Level.fromId(v);
                    if (l != Level.CIRCUIT && l != Level.DISTRICT && l != Level.ZONE && l != Level.NATION) {
                        throw new IllegalArgumentException("must be circuit, district, zone or nation");
                    }
                    return l;
                });
                case "supply" -> array(field, "supply item", SUPPLY_FIELDS, f -> switch (f) {
                    case "typology" -> typology(f);
                    case "condition" -> word(f, Condition::fromId);
                    default -> count(f, Requirement.MAX_QUANTITY);
                });
                case "expect" -> array(field, "expectation", EXPECT_FIELDS, f -> switch (f) {
                    case "typology" -> typology(f);
                    case "measure" -> word(f, Measure::fromId);
                    default -> count(f, Requirement.MAX_QUANTITY);
                });
                default -> count(field, MAX_PEOPLE);
            });
            if (c == null) {
                return null;
            }
            JsonLocation at = (JsonLocation) c.get("");
            boolean ok = true;
            for (String required : List.of("name", "sector", "level", "population", "expect")) {
                if (!c.containsKey(required)) {
                    problem(at, "", "", "case " + index + " has no \"" + required + "\"");
                    ok = false;
                }
            }
            long population = (Long) c.getOrDefault("population", 0L);
            long[] groups = GROUPS.stream().mapToLong(g -> (Long) c.getOrDefault(g, 0L)).toArray();
            if (Arrays.stream(groups).sum() > population) {
                problem(at, "", "", "the age groups (" + GROUPS.stream().filter(c::containsKey).collect(
                        Collectors.joining(", ")) + ") add up to more than the population " + population);
                ok = false;
            }
            // Nested groups, optional: left out, they are split from their group by uniform single years of age.
            UnitFact uniform = new UnitFact(UnitCode.parse("01D01C01"), Level.CIRCUIT, "", population, groups[0],
                    groups[1], groups[2], groups[3]);
            long c12 = (Long) c.getOrDefault("children_1_2", uniform.children1to2());
            long s514 = c.containsKey("school_age_5_14") ? (Long) c.get("school_age_5_14")
                    : c.containsKey("school_age_15_17") ? groups[2] - (Long) c.get("school_age_15_17")
                    : uniform.schoolAge5to14();
            long s1517 = c.containsKey("school_age_15_17") ? (Long) c.get("school_age_15_17") : groups[2] - s514;
            if (c12 > groups[0]) {
                problem(at, "children_1_2", Long.toString(c12), "is more than children_0_2 (" + groups[0] + ")");
                ok = false;
            }
            if (s514 < 0 || s1517 < 0 || s514 + s1517 != groups[2]) {
                problem(at, "school_age_5_14", Long.toString(s514), "school_age_5_14 and school_age_15_17 must add up"
                        + " to school_age (" + groups[2] + ")");
                ok = false;
            }
            List<Supply> supply = new ArrayList<>();
            for (Object o : (List<?>) c.getOrDefault("supply", List.of())) {
                Map<?, ?> s = (Map<?, ?>) o;
                if (!s.containsKey("typology")) {
                    problem((JsonLocation) s.get(""), "", "", "a supply item needs a \"typology\"");
                    ok = false;
                    continue;
                }
                supply.add(new Supply((String) s.get("typology"), value(s, "establishments"), value(s, "places"),
                        value(s, "staff"), s.containsKey("condition") ? (Condition) s.get("condition")
                        : Condition.GOOD));
            }
            List<Expect> expect = new ArrayList<>();
            List<?> expected = (List<?>) c.getOrDefault("expect", List.of());
            if (c.containsKey("expect") && expected.isEmpty()) {
                problem(at, "expect", "", "must list at least one expectation");
                ok = false;
            }
            for (Object o : expected) {
                Map<?, ?> e = (Map<?, ?>) o;
                if (!e.containsKey("typology") || !(e.containsKey("required") || e.containsKey("deficit"))) {
                    problem((JsonLocation) e.get(""), "", "", "an expectation needs a \"typology\" and \"required\","
                            + " \"deficit\" or both");
                    ok = false;
                    continue;
                }
                expect.add(new Expect((String) e.get("typology"), e.containsKey("measure") ? (Measure) e.get("measure")
                        : Measure.ESTABLISHMENTS, (Long) e.get("required"), (Long) e.get("deficit")));
            }
            if (!ok) {
                return null;
            }
            Level level = (Level) c.get("level");
            UnitCode code = UnitCode.parse(switch (level) {
                case NATION -> "EC";
                case ZONE -> "Z1";
                case DISTRICT -> "01D01";
                default -> "01D01C01";
            });
            String name = (String) c.get("name");
            UnitFact unit = new UnitFact(code, level, name, population, groups[0], groups[1], groups[2], groups[3],
                    c12, s514, s1517);
            return new Case(file, at.getLineNr(), name, (Sector) c.get("sector"), unit, supply, expect);
        }

        private static long value(Map<?, ?> m, String key) {
            Object v = m.get(key);
            return v == null ? 0 : (Long) v;
        }
    }
}
