package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a standards folder at run time (into Drools' executable model, as the build does for the embedded set)
 * and reports every problem of every file at once, each with its location: {@code file:line:column} for DRL,
 * {@code file:line} for parameter and typology files, {@code file!sheet!cell} for decision tables. Beyond what
 * Drools checks, it reports files and folders it would not use, DRL that is not UTF-8, rules without the required
 * metadata, duplicate or unusable rule names, unknown sectors, levels and statuses, parameters a rule reads that no
 * {@code parameters.csv} defines, typology codes that no {@code typologies.csv} defines and typologies defined twice.
 * It then fires the rules on made-up units of every level at the populations around every parameter and up to
 * 10,000,000,000 people, so that a divisor of 0, a quantity that overflows or a consequence that
 * throws is an error at the rule's line rather than a failure when evaluating.
 *
 * <p>A folder whose DRL files are byte for byte the embedded ones (an exported folder, or one where only parameters,
 * typologies, substitutions or minimum sets changed) is not compiled again: the rule base compiled from the same
 * text when this module was built is used, with the folder's tables, and every other check still runs.
 *
 * <p><b>Trust.</b> DRL can run arbitrary Java in its consequences; compile a folder only from authors you trust. The
 * {@code tablesOnly} mode refuses DRL files and accepts only parameter and typology files (and decision tables).
 */
public final class StandardsCompiler {
    private static final Pattern GENERATED_SOURCE = Pattern.compile(
            "^src/main/java/(.+)/[^/]+\\.java$");
    /** Rule bases compiled from the same DRL texts are shared: parameters and typologies are facts, not code. */
    private static final Map<String, KieBase> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > 4;
        }
    };

    private StandardsCompiler() {
    }

    /** One sector's source: where each file comes from, for messages. */
    private record Source(Sector sector, String location, String drl, boolean embeddedDrl, Map<String, byte[]> files,
                          List<DecisionTables.Table> tables) {
    }

    /**
     * Compiles a folder, sector by sector over the embedded standards.
     *
     * @param dir the folder, or null for the embedded standards compiled at run time
     * @param tablesOnly refuse DRL files in the folder
     * @return a ready engine
     * @throws InputException with every problem found, each located
     * @throws IllegalStateException when the Drools rule compiler, an optional dependency, is not on the classpath
     *     (the message says what to add)
     */
    public static StandardsEngine compile(Path dir, boolean tablesOnly) {
        return check(dir, tablesOnly, step -> {
        }).engine();
    }

    /**
     * Compiles and checks a folder, reporting each step as it starts.
     *
     * @param dir the folder, or null for the embedded standards compiled at run time
     * @param tablesOnly refuse DRL files in the folder
     * @param progress told what is being done, in a few words (e.g. for a progress line); never null
     * @return the engine, the warnings, and where each rule is written
     * @throws InputException with every problem found, each located
     * @throws IllegalStateException when the Drools rule compiler, an optional dependency, is not on the classpath
     *     (the message says what to add)
     */
    public static CompiledStandards check(Path dir, boolean tablesOnly, Consumer<String> progress) {
        RuleCompiler.require();
        List<Problem> problems = new ArrayList<>();
        List<Sector> replaced = List.of();
        if (dir != null) {
            progress.accept("reading " + dir);
            replaced = StandardsFolder.sectorsIn(dir);
            StandardsFolder.checkLayout(dir, problems);
        }
        List<Source> sources = new ArrayList<>();
        for (Sector s : Sector.values()) {
            sources.add(source(s, replaced.contains(s) ? dir.resolve(s.id()) : null, tablesOnly, problems));
        }
        List<Catalogue> parts = new ArrayList<>();
        boolean catalogueRead = true;
        for (Source src : sources) {
            try {
                parts.add(Catalogue.read(src.sector(), f -> Optional.ofNullable(src.files().get(f))
                        .map(ByteArrayInputStream::new), src.location()));
            } catch (InputException e) {
                problems.addAll(e.problems());
                catalogueRead = false;
            }
        }
        Catalogue catalogue = null;
        if (catalogueRead) {
            try {
                catalogue = Catalogue.merge(parts);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        List<RuleScan.Text> texts = texts(sources);
        RuleScan scan = RuleScan.scan(texts, catalogue, problems);
        List<RuleScan.Text> buildable = texts.stream().filter(t -> !scan.unbuildable().contains(t)).toList();
        boolean asEmbedded = dir != null && buildable.size() == texts.size()
                && sources.stream().allMatch(s -> s.embeddedDrl() && s.tables().isEmpty());
        progress.accept(String.format(Locale.ROOT, asEmbedded ? "%d rules of %d sectors as compiled at build time"
                + " (the DRL is the embedded one)" : "compiling %d rules of %d sectors", scan.rules().size(),
                Sector.values().length));
        KieBase base = asEmbedded ? StandardsEngine.embedded().kieBase() : build(buildable, problems);
        if (!problems.isEmpty()) {
            throw new InputException(dedupe(problems));
        }
        StandardsEngine engine = new StandardsEngine(base, catalogue);
        CompiledStandards compiled = new CompiledStandards(engine, scan);
        progress.accept("trying the rules on made-up units of up to " + Probes.MAX_POPULATION_TEXT + " people");
        Probes.run(compiled, problems);
        if (!problems.isEmpty()) {
            throw new InputException(dedupe(problems));
        }
        return compiled;
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static List<RuleScan.Text> texts(List<Source> sources) {
        List<RuleScan.Text> list = new ArrayList<>();
        for (Source src : sources) {
            if (src.drl() != null) {
                list.add(new RuleScan.Text(src.sector(), src.sector().id() + ".drl", src.drl(), src.location()
                        + src.sector().id() + ".drl", null));
            }
            for (DecisionTables.Table t : src.tables()) {
                String name = t.file().getFileName().toString().replaceAll("\\.xlsx$", "") + ".drl";
                list.add(new RuleScan.Text(src.sector(), name, t.drl(), t.file().toString(), t));
            }
        }
        return list;
    }

    private static Source source(Sector s, Path folder, boolean tablesOnly, List<Problem> problems) {
        String drlName = s.id() + ".drl";
        String location = folder == null ? "embedded:" + s.id() + "/" : folder + "/";
        String drl = null;
        boolean embeddedDrl = true;
        Path drlFile = folder == null ? null : folder.resolve(drlName);
        try {
            if (drlFile != null && Files.exists(drlFile)) {
                if (tablesOnly) {
                    problems.add(Problem.of(drlFile.toString(), "DRL is refused in --tables-only mode: only"
                            + " parameters.csv, typologies.csv and decision tables may replace the embedded"
                            + " standards"));
                }
                byte[] bytes = StandardsFolder.read(drlFile);
                drl = StandardsFolder.utf8(drlFile.toString(), bytes);
                // A file identical to the embedded one (an exported folder) needs no compiling: the rule base
                // compiled from the same text at build time is the one the compiler would make.
                embeddedDrl = Arrays.equals(bytes, embedded(s, drlName));
            } else {
                drl = new String(embedded(s, drlName), StandardCharsets.UTF_8);
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : List.of(Catalogue.PARAMETERS, Catalogue.TYPOLOGIES, Catalogue.SUBSTITUTIONS,
                Catalogue.MINIMUM_SET)) {
            files.put(f, bytes(folder, s, f, problems));
        }
        List<DecisionTables.Table> tables = new ArrayList<>();
        if (folder != null) {
            List<Path> sheets;
            try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
                sheets = entries.filter(f -> f.getFileName().toString().endsWith(".xlsx")
                        && !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f)).sorted().toList();
            } catch (IOException e) {
                problems.add(Problem.of(folder.toString(), "cannot be read: " + e.getMessage()));
                sheets = List.of();
            }
            if (!sheets.isEmpty() && !DecisionTables.available()) {
                problems.add(Problem.of(sheets.get(0).toString(), "decision tables need drools-decisiontables on"
                        + " the classpath (an optional dependency of standards-rules): add"
                        + " org.drools:drools-decisiontables to read them"));
            } else {
                for (Path sheet : sheets) {
                    DecisionTables.Table t = DecisionTables.read(sheet, problems);
                    if (t != null) {
                        tables.add(t);
                    }
                }
            }
        }
        return new Source(s, location, drl, embeddedDrl, files, tables);
    }

    private static byte[] bytes(Path folder, Sector s, String file, List<Problem> problems) {
        if (folder != null && Files.exists(folder.resolve(file))) {
            try {
                return StandardsFolder.read(folder.resolve(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
                return new byte[0];
            }
        }
        return embedded(s, file);
    }

    private static byte[] embedded(Sector s, String file) {
        try (InputStream in = StandardsFolder.embedded(s, file).orElseThrow(() -> new IllegalStateException(
                "the embedded standards lack " + s.id() + "/" + file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the embedded " + s.id() + "/" + file, e);
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

    /**
     * Builds the texts into one rule base, reusing the one built from the same texts before. Errors go to
     * {@code problems} at their file, line and column; errors the compiler finds in the Java it generates from a
     * rule are reported at the DRL file the rule comes from, once.
     */
    private static KieBase build(List<RuleScan.Text> texts, List<Problem> problems) {
        // One build at a time: the builder publishes its module under one default release id.
        synchronized (BUILT) {
            String key = key(texts);
            KieBase known = BUILT.get(key);
            return known != null ? known : build(key, texts, problems);
        }
    }

    private static KieBase build(String key, List<RuleScan.Text> texts, List<Problem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, RuleScan.Text> byPath = new LinkedHashMap<>();
        for (RuleScan.Text t : texts) {
            String path = StandardsEngine.RESOURCE_FOLDER + "/" + t.sector().id() + "/" + t.resource();
            kfs.write("src/main/resources/" + path, t.drl());
            byPath.put(path, t);
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(ExecutableModelProject.class);
        List<Problem> found = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            RuleScan.Text t = byPath.get(path);
            String text = m.getText() == null ? "error" : m.getText().strip().replace('\n', ' ');
            if (text.equals("Parser returned a null Package")) {
                continue;
            }
            if (t != null && t.table() != null) {
                found.add(Problem.of(DecisionTables.culprit(t.table(), m.getLine(), StandardsCompiler::compiles),
                        text));
                continue;
            }
            if (t == null) {
                found.add(generated(path, text, byPath));
                continue;
            }
            found.add(new Problem(t.file(), Math.max(0, m.getLine()), m.getLine() > 0 ? Integer.toString(
                    Math.max(0, m.getColumn())) : "", "", text));
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return null;
        }
        // The module's default rule base with equality behaviour, as kmodule.xml would declare it for the embedded
        // standards: writing a kmodule.xml would need drools-xml-support (XStream) for nothing else.
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        KieBaseConfiguration conf = ks.newKieBaseConfiguration(null, container.getClassLoader());
        conf.setOption(EqualityBehaviorOption.EQUALITY);
        KieBase base = container.newKieBase(conf);
        BUILT.put(key, base);
        return base;
    }

    /**
     * An error in the Java the rule compiler generated: reported at the DRL file of the package it was generated
     * for, with the compiler's first sentence and without the generated source.
     */
    private static Problem generated(String path, String text, Map<String, RuleScan.Text> byPath) {
        String message = text.replaceFirst(" ?Java source of .*$", "").strip();
        Matcher m = GENERATED_SOURCE.matcher(path);
        if (m.matches()) {
            String pkg = m.group(1);
            for (RuleScan.Text t : byPath.values()) {
                String folder = StandardsEngine.RESOURCE_FOLDER + "/" + t.sector().id();
                if (pkg.equals(folder) || pkg.startsWith(folder + "/")) {
                    return Problem.of(t.file(), "the rule compiler cannot compile the Java it generates from these"
                            + " rules: " + (message.isEmpty() ? "error" : message));
                }
            }
        }
        return Problem.of(path.isEmpty() ? "standards" : path, message.isEmpty() ? "error" : message);
    }

    private static String key(List<RuleScan.Text> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleScan.Text t : texts) {
                for (String part : List.of(t.sector().id(), t.resource(), t.drl())) {
                    byte[] b = part.getBytes(StandardCharsets.UTF_8);
                    sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                    sha.update((byte) ':');
                    sha.update(b);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
