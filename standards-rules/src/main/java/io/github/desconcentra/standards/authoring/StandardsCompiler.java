package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a standards folder at run time (into Drools' executable model, as the build does for the embedded set)
 * and reports every problem with its location: {@code file:line:column} for DRL, {@code file:line} for parameter and
 * typology files. Beyond what Drools checks, it reports rules without the required metadata, duplicate rule names,
 * unknown sectors, and typology codes that a rule names but no {@code typologies.csv} defines.
 *
 * <p><b>Trust.</b> DRL can run arbitrary Java in its consequences; compile a folder only from authors you trust. The
 * {@code tablesOnly} mode refuses DRL files and accepts only parameter and typology files (the rules stay the
 * embedded ones).
 */
public final class StandardsCompiler {
    /**
     * The largest rule file (DRL) or decision-table spreadsheet read, in bytes (16 MiB), checked before reading: the
     * embedded rule files are a few kilobytes.
     */
    static final long MAX_RULE_FILE = 16L * 1024 * 1024;

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(");
    private static final Pattern NEED = Pattern.compile("need\\([^,]+,[^,]+,\\s*\"([A-Z0-9_]+)\"\\)");
    private static final Pattern SUPPLY = Pattern.compile("countingSupplyOf\\(\"([^\"]*)\"\\)");
    private static final List<String> METADATA = List.of("sector", "standard", "level", "typology", "source",
            "status");

    private StandardsCompiler() {
    }

    /** One sector's source: where each file comes from, for messages. */
    private record Source(Sector sector, String location, String drl, byte[] parameters, byte[] typologies,
                          List<DecisionTables.Table> tables) {
    }

    /** A DRL text to scan and build, and how to name the location of one of its lines. */
    private record DrlText(Sector sector, String path, String drl, java.util.function.IntFunction<String> where,
                           DecisionTables.Table table) {
    }

    private static List<DrlText> texts(List<Source> sources) {
        List<DrlText> list = new ArrayList<>();
        for (Source src : sources) {
            String file = src.location() + src.sector().id() + ".drl";
            if (src.drl() != null) {
                list.add(new DrlText(src.sector(), src.sector().id() + ".drl", src.drl(), line -> file + ":" + line,
                        null));
            }
            for (DecisionTables.Table t : src.tables()) {
                String name = t.file().getFileName().toString().replaceAll("\\.xlsx$", "") + ".drl";
                list.add(new DrlText(src.sector(), name, t.drl(), t::location, t));
            }
        }
        return list;
    }

    /**
     * Compiles a folder, sector by sector over the embedded standards.
     *
     * @param dir the folder, or null for the embedded standards compiled at run time
     * @param tablesOnly refuse DRL files in the folder
     * @return a ready engine
     * @throws InputException with every problem found, each located
     */
    public static StandardsEngine compile(Path dir, boolean tablesOnly) {
        List<Problem> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<Sector> replaced = dir == null ? List.of() : StandardsFolder.sectorsIn(dir);
        for (Sector s : Sector.values()) {
            try {
                sources.add(source(s, replaced.contains(s) ? dir.resolve(s.id()) : null, tablesOnly, problems));
            } catch (IOException e) {
                problems.add(Problem.of(s.id(), "cannot be read: " + e.getMessage()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        List<Catalogue> parts = new ArrayList<>();
        for (Source src : sources) {
            try {
                parts.add(Catalogue.read(src.sector(), f -> Optional.of(new java.io.ByteArrayInputStream(
                        f.equals(Catalogue.PARAMETERS) ? src.parameters() : src.typologies())), src.location()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        Catalogue catalogue = null;
        if (problems.isEmpty()) {
            try {
                catalogue = Catalogue.merge(parts);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        scan(sources, catalogue, problems);
        KieBase base = problems.isEmpty() ? build(sources, problems) : null;
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new StandardsEngine(base, catalogue);
    }

    private static Source source(Sector s, Path folder, boolean tablesOnly, List<Problem> problems)
            throws IOException {
        String drlName = s.id() + ".drl";
        String location = folder == null ? "embedded:" + s.id() + "/" : folder + "/";
        String drl;
        if (folder != null && Files.exists(folder.resolve(drlName))) {
            if (tablesOnly) {
                problems.add(Problem.of(folder.resolve(drlName).toString(), "DRL is refused in --tables-only mode:"
                        + " only parameters.csv and typologies.csv may replace the embedded standards"));
            }
            drl = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(InputFiles.readAllBytes(
                    folder.resolve(drlName), MAX_RULE_FILE))).toString();
        } else {
            drl = read(StandardsFolder.embedded(s, drlName));
            if (folder != null) {
                location = folder + "/";
            }
        }
        byte[] parameters = bytes(folder, s, Catalogue.PARAMETERS);
        byte[] typologies = bytes(folder, s, Catalogue.TYPOLOGIES);
        List<DecisionTables.Table> tables = new ArrayList<>();
        if (folder != null) {
            List<Path> sheets;
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                sheets = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
            }
            if (!sheets.isEmpty() && !DecisionTables.available()) {
                problems.add(Problem.of(sheets.get(0).toString(), "decision tables need drools-decisiontables on"
                        + " the classpath (an optional dependency of standards-rules)"));
            } else {
                for (Path sheet : sheets) {
                    DecisionTables.Table t = DecisionTables.read(sheet, problems);
                    if (t != null) {
                        tables.add(t);
                    }
                }
            }
        }
        return new Source(s, location, drl, parameters, typologies, tables);
    }

    private static byte[] bytes(Path folder, Sector s, String file) throws IOException {
        if (folder != null && Files.exists(folder.resolve(file))) {
            return InputFiles.readAllBytes(folder.resolve(file), CsvTable.MAX_BYTES);
        }
        try (InputStream in = StandardsFolder.embedded(s, file).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    /** True when one DRL text compiles alone without error (used to find a decision table's broken cell). */
    private static boolean compiles(String drl) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/io/github/desconcentra/standards/probe/probe.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(ExecutableModelProject.class);
        return builder.getResults().getMessages(Message.Level.ERROR).isEmpty();
    }

    private static String read(Optional<InputStream> in) throws IOException {
        try (InputStream s = in.orElseThrow()) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Checks rule names, metadata and typology codes by reading the DRL text, so every problem has a line. */
    private static void scan(List<Source> sources, Catalogue catalogue, List<Problem> problems) {
        Map<String, String> firstRule = new HashMap<>();
        for (DrlText src : texts(sources)) {
            String[] lines = src.drl().split("\n", -1);
            String rule = null;
            int ruleLine = 0;
            Map<String, Boolean> meta = new LinkedHashMap<>();
            for (int i = 0; i <= lines.length; i++) {
                String line = i < lines.length ? lines[i] : "rule \"<end of file>\"";
                Matcher r = RULE.matcher(line);
                if (r.find()) {
                    if (rule != null) {
                        for (String key : METADATA) {
                            if (!meta.containsKey(key)) {
                                problems.add(at(src, ruleLine, rule, "rule has no @" + key + " metadata"));
                            }
                        }
                    }
                    if (i == lines.length) {
                        break;
                    }
                    rule = r.group(1);
                    ruleLine = i + 1;
                    meta.clear();
                    String prev = firstRule.putIfAbsent(rule, src.where().apply(ruleLine));
                    if (prev != null) {
                        problems.add(at(src, ruleLine, rule, "duplicate rule name (first at " + prev + ")"));
                    }
                    continue;
                }
                if (rule == null) {
                    continue;
                }
                Matcher m = META.matcher(line);
                while (m.find()) {
                    meta.put(m.group(1), true);
                }
                Matcher sector = Pattern.compile("@sector\\(\"([^\"]*)\"\\)").matcher(line);
                if (sector.find()) {
                    try {
                        Sector.fromId(sector.group(1));
                    } catch (IllegalArgumentException e) {
                        problems.add(at(src, i + 1, sector.group(1), e.getMessage()));
                    }
                }
                if (catalogue == null) {
                    continue;
                }
                List<String> codes = new ArrayList<>();
                Matcher need = NEED.matcher(line);
                while (need.find()) {
                    codes.add(need.group(1));
                }
                Matcher supply = SUPPLY.matcher(line);
                while (supply.find()) {
                    for (String c : supply.group(1).split(",")) {
                        codes.add(c.trim());
                    }
                }
                Matcher typ = Pattern.compile("@typology\\(\"([^\"]*)\"\\)").matcher(line);
                if (typ.find()) {
                    codes.add(typ.group(1));
                }
                for (String code : codes) {
                    Optional<Typology> t = catalogue.typology(code);
                    if (t.isEmpty()) {
                        problems.add(at(src, i + 1, code, "unknown typology code (not in any typologies.csv)"));
                    }
                }
            }
        }
    }

    /** A problem at a line of a DRL text: {@code file:line} for DRL files, {@code file!sheet!cell} for tables. */
    private static Problem at(DrlText src, int line, String value, String message) {
        if (src.table() == null) {
            String where = src.where().apply(line);
            return new Problem(where.substring(0, where.lastIndexOf(':')), line, "", value, message);
        }
        return new Problem(src.where().apply(line), 0, "", value, message);
    }

    private static KieBase build(List<Source> sources, List<Problem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, DrlText> byPath = new HashMap<>();
        for (DrlText t : texts(sources)) {
            String path = StandardsEngine.RESOURCE_FOLDER + "/" + t.sector().id() + "/" + t.path();
            kfs.write("src/main/resources/" + path, t.drl());
            byPath.put(path, t);
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(ExecutableModelProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            DrlText t = byPath.get(path);
            String text = m.getText() == null ? "error" : m.getText().strip().replace('\n', ' ');
            if (text.equals("Parser returned a null Package")) {
                continue;
            }
            if (t != null && t.table() != null) {
                problems.add(Problem.of(DecisionTables.culprit(t.table(), m.getLine(), StandardsCompiler::compiles),
                        text));
                continue;
            }
            String file = t == null ? (path.isEmpty() ? "standards" : path)
                    : t.where().apply(1).substring(0, t.where().apply(1).lastIndexOf(':'));
            problems.add(new Problem(file, Math.max(0, m.getLine()), m.getLine() > 0 ? Integer.toString(
                    Math.max(0, m.getColumn())) : "", "", text));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return container.getKieBase();
    }
}
