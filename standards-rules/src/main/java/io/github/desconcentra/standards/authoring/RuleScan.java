package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * What the rules of a standards folder say, read with Drools' own parser ({@link DrlParser} into a
 * {@link PackageDescr}) rather than by pattern-matching lines: each rule's name, line and metadata, the parameters
 * its conditions read ({@code Parameter(standard == "…", name == "…")}), and the typology codes its consequence
 * names. It reports, each at its file and line: rules without the required metadata, unknown sectors, levels and
 * statuses, duplicate names, names the compiled rules cannot carry, parameters no {@code parameters.csv} defines, and
 * typology codes no {@code typologies.csv} defines. Package-private.
 */
final class RuleScan {
    private static final List<String> METADATA = List.of("sector", "standard", "level", "typology", "source",
            "status");
    private static final Pattern NEED = Pattern.compile("need\\s*\\([^,()]+(?:\\([^()]*\\))?[^,()]*,[^,]+,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SUPPLY = Pattern.compile("countingSupplyOf\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** Where something is written: a DRL file and line, or a decision-table cell (line 0). */
    record Place(String file, long line) {
        Problem problem(String column, String value, String message) {
            return new Problem(file, line, column, value, message);
        }

        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    /** A DRL text to scan and build: a sector's DRL file, or a decision table turned into DRL. */
    record Text(Sector sector, String resource, String drl, String file, DecisionTables.Table table) {
        Place place(int line) {
            return table == null ? new Place(file, Math.max(0, line)) : new Place(table.location(line), 0);
        }
    }

    /** A parameter a rule reads. */
    record Read(String rule, String standard, String name) {
    }

    private final Map<String, Place> rules = new LinkedHashMap<>();
    private final Map<String, Text> textOfRule = new HashMap<>();
    private final List<Read> reads = new ArrayList<>();
    private final Set<Text> unbuildable = new HashSet<>();
    private boolean complete = true;

    private RuleScan() {
    }

    /** Where each rule is written, by name, in the order found. */
    Map<String, Place> rules() {
        return rules;
    }

    /** The text a rule is written in. */
    Optional<Text> textOf(String rule) {
        return Optional.ofNullable(textOfRule.get(rule));
    }

    /** The parameters the rules read (as far as their conditions name them by literal standard and name). */
    List<Read> reads() {
        return reads;
    }

    /** Texts that must not go to the rule compiler: their errors are reported here, the compiler would garble them. */
    Set<Text> unbuildable() {
        return unbuildable;
    }

    /** True when every text parsed: the reads are then all the reads. */
    boolean complete() {
        return complete;
    }

    /**
     * Scans the texts.
     *
     * @param catalogue the merged catalogue, or null when it could not be read (typology and parameter references
     *     are then not checked)
     */
    static RuleScan scan(List<Text> texts, Catalogue catalogue, List<Problem> problems) {
        RuleScan scan = new RuleScan();
        for (Text t : texts) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, t.drl());
            } catch (DroolsParserException | RuntimeException e) {
                pkg = null;
            }
            if (pkg == null || parser.hasErrors()) {
                // the rule compiler reports syntax errors with their line and column
                scan.complete = false;
                continue;
            }
            String[] lines = t.drl().split("\n", -1);
            for (RuleDescr r : pkg.getRules()) {
                scan.rule(t, r, lines, catalogue, problems);
            }
        }
        return scan;
    }

    private void rule(Text t, RuleDescr r, String[] lines, Catalogue catalogue, List<Problem> problems) {
        String name = r.getName();
        Place at = t.place(r.getLine());
        if (name.chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))) {
            problems.add(at.problem("", name, "a rule name must not contain a double quote, a backslash or a control"
                    + " character (the compiled rules cannot carry them; write the name as a plain sentence)"));
            unbuildable.add(t);
        }
        Place first = rules.putIfAbsent(name, at);
        if (first != null) {
            problems.add(at.problem("", name, "duplicate rule name (first at " + first + ")"));
        } else {
            textOfRule.put(name, t);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (AnnotationDescr a : r.getAnnotations()) {
            Object v = a.getSingleValue();
            meta.put(a.getName(), v == null ? "" : unquote(v.toString()));
        }
        for (String key : METADATA) {
            if (meta.getOrDefault(key, "").isBlank()) {
                problems.add(at.problem("", name, "rule has no @" + key + " metadata"));
            }
        }
        Sector sector = null;
        if (!meta.getOrDefault("sector", "").isBlank()) {
            try {
                sector = Sector.fromId(meta.get("sector"));
                if (sector != t.sector()) {
                    problems.add(at.problem("@sector", meta.get("sector"), "a rule in the " + t.sector().id()
                            + " standards must have @sector(\"" + t.sector().id() + "\")"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(at.problem("@sector", meta.get("sector"), e.getMessage()));
            }
        }
        check(meta, "level", at, problems, v -> {
            Level l = Level.fromId(v);
            if (l != Level.CIRCUIT && l != Level.DISTRICT && l != Level.ZONE && l != Level.NATION) {
                throw new IllegalArgumentException("a rule applies to circuits, districts, zones or the nation, not "
                        + v);
            }
        });
        check(meta, "status", at, problems, Provenance.Status::fromId);
        String standard = meta.getOrDefault("standard", "");
        if (sector != null && !standard.isBlank() && !standard.startsWith(sector.standardPrefix())) {
            problems.add(at.problem("@standard", standard, "a " + sector.id() + " standard id must start with "
                    + sector.standardPrefix()));
        }
        if (catalogue != null && !meta.getOrDefault("typology", "").isBlank()) {
            String code = meta.get("typology");
            Optional<Typology> ty = catalogue.typology(code);
            if (ty.isEmpty()) {
                problems.add(at.problem("@typology", code, "unknown typology code (not in any typologies.csv)"));
            } else if (sector != null && ty.get().sector() != sector) {
                problems.add(at.problem("@typology", code, "is a typology of " + ty.get().sector().id() + ", not of "
                        + sector.id()));
            }
        }
        List<PatternDescr> patterns = new ArrayList<>();
        patterns(r.getLhs(), patterns);
        for (PatternDescr p : patterns) {
            parameters(t, name, p, catalogue, problems);
        }
        if (catalogue != null && r.getConsequence() instanceof String consequence) {
            codes(t, name, consequence, r.getConsequenceLine(), lines, catalogue, problems);
        }
    }

    private static void check(Map<String, String> meta, String key, Place at, List<Problem> problems,
                              java.util.function.Consumer<String> parser) {
        String v = meta.getOrDefault(key, "");
        if (v.isBlank()) {
            return;
        }
        try {
            parser.accept(v);
        } catch (IllegalArgumentException e) {
            problems.add(at.problem("@" + key, v, e.getMessage()));
        }
    }

    private static String unquote(String s) {
        String v = s.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** Every pattern of a condition, however nested: in and, or, not, exists, forall, accumulate, collect. */
    private static void patterns(BaseDescr d, List<PatternDescr> out) {
        if (d instanceof PatternDescr p) {
            out.add(p);
            if (p.getSource() instanceof AccumulateDescr acc) {
                patterns(acc.getInput(), out);
            } else if (p.getSource() instanceof CollectDescr col) {
                patterns(col.getInputPattern(), out);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object child : ce.getDescrs()) {
                if (child instanceof BaseDescr b) {
                    patterns(b, out);
                }
            }
        }
    }

    /** Records the parameters a {@code Parameter(...)} pattern reads and reports those no catalogue defines. */
    private void parameters(Text t, String rule, PatternDescr p, Catalogue catalogue, List<Problem> problems) {
        String type = p.getObjectType() == null ? "" : p.getObjectType();
        if (!type.equals(Parameter.class.getSimpleName()) && !type.equals(Parameter.class.getName())) {
            return;
        }
        Set<String> standards = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
                ConstraintConnectiveDescr parsed = parser.parse(e.getExpression());
                if (parsed != null && !parser.hasErrors()) {
                    literals(parsed, standards, names);
                }
            }
        }
        Place at = t.place(p.getLine());
        if (standards.size() != 1) {
            if (standards.isEmpty()) {
                complete = false;
            }
            return;
        }
        String standard = standards.iterator().next();
        if (!standard.startsWith(t.sector().standardPrefix())) {
            problems.add(at.problem("", standard, "rule \"" + rule + "\" reads a parameter of another sector's"
                    + " standard: a " + t.sector().id() + " rule reads " + t.sector().standardPrefix() + "… parameters"
                    + " only (another sector's are not there when only " + t.sector().id() + " is evaluated)"));
            return;
        }
        if (names.isEmpty()) {
            reads.add(new Read(rule, standard, null));
            return;
        }
        for (String name : names) {
            reads.add(new Read(rule, standard, name));
            if (catalogue == null) {
                continue;
            }
            List<String> defined = catalogue.parameters().stream().filter(x -> x.standard().equals(standard))
                    .map(Parameter::name).toList();
            if (!defined.contains(name)) {
                problems.add(at.problem("", standard + "/" + name, "rule \"" + rule + "\" reads a parameter that no"
                        + " parameters.csv defines" + (defined.isEmpty() ? " (no parameter of standard " + standard
                        + " is defined)" : " (" + standard + " defines " + String.join(", ", defined) + ")")));
            }
        }
    }

    /** The literal values compared with {@code ==} to {@code standard} and {@code name}, however connected. */
    private static void literals(BaseDescr d, Set<String> standards, Set<String> names) {
        if (d instanceof ConstraintConnectiveDescr c) {
            for (BaseDescr x : c.getDescrs()) {
                literals(x, standards, names);
            }
        } else if (d instanceof RelationalExprDescr r && r.getOperator().equals("==")
                && r.getLeft() instanceof AtomicExprDescr left && r.getRight() instanceof AtomicExprDescr right) {
            AtomicExprDescr field = left.isLiteral() ? right : left;
            AtomicExprDescr value = left.isLiteral() ? left : right;
            if (!value.isLiteral() || field.isLiteral()) {
                return;
            }
            String f = field.getExpression().replaceFirst("^this\\.", "").strip();
            String v = unquote(value.getExpression());
            if (f.equals("standard")) {
                standards.add(v);
            } else if (f.equals("name")) {
                names.add(v);
            }
        }
    }

    /** Reports typology codes a consequence names ({@code need(…, "X")}, {@code countingSupplyOf("X,Y")}). */
    private static void codes(Text t, String rule, String consequence, int thenLine, String[] lines,
                              Catalogue catalogue, List<Problem> problems) {
        int base = firstLineOf(consequence, thenLine, lines);
        List<Matcher> matchers = List.of(NEED.matcher(consequence), SUPPLY.matcher(consequence));
        for (Matcher m : matchers) {
            while (m.find()) {
                int line = base + (int) consequence.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                for (String code : m.group(1).split(",")) {
                    String c = code.strip();
                    if (catalogue.typology(c).isEmpty()) {
                        problems.add(t.place(line).problem("", c, "rule \"" + rule + "\" names an unknown typology"
                                + " code (not in any typologies.csv)"));
                    }
                }
            }
        }
    }

    /** The line where a consequence's text starts: the first line from {@code then} on that holds its start. */
    private static int firstLineOf(String consequence, int thenLine, String[] lines) {
        String start = consequence.strip().lines().findFirst().orElse("").strip();
        for (int i = Math.max(0, thenLine - 1); i < lines.length && !start.isEmpty(); i++) {
            if (lines[i].contains(start)) {
                return i + 1 - (int) consequence.substring(0, consequence.indexOf(start)).chars()
                        .filter(c -> c == '\n').count();
            }
        }
        return thenLine + 1;
    }
}
