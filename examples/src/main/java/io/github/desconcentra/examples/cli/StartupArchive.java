package io.github.desconcentra.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Installs the {@code desconcentra} launcher script beside {@code desconcentra.jar} and builds the application
 * class-data-sharing archive ({@code desconcentra.jsa}) the launcher hands to the JVM: the classes the short commands
 * load are then mapped from the archive, already parsed and verified, instead of read from 60-odd jars.
 *
 * <p>It runs the commands a user runs most ({@code --version}, {@code summary}, {@code ideal}, the whole {@code run}
 * on the reference, {@code validate} and {@code test-standards} on the embedded standards), each in its own JVM with
 * {@code -XX:DumpLoadedClassList} and the launcher's options for that command, merges their class lists and dumps a static archive with {@code -Xshare:dump}
 * (a static archive, unlike a dynamic one, also holds picocli, whose classes are of a version dynamic archives skip).
 * It leaves out the lambda proxies only the rule compiler's runs list (JDK 17 crashes dumping them); if the JVM
 * still fails, it dumps again without any lambda proxy; if the archive still cannot be made or the JVM refuses to map it, it says so and leaves none: the
 * launcher then runs without one, only slower. It never fails the build for that.
 *
 * <p>The archive belongs to one JVM build and to the jar and its {@code lib/} jars at their paths, sizes and times:
 * the build makes it after packaging; after moving the folder or changing the JVM, run this class again:
 * {@code java -cp desconcentra.jar io.github.desconcentra.examples.cli.StartupArchive desconcentra.jar}.
 */
public final class StartupArchive {
    /** The archive's file name, beside the jar. */
    public static final String ARCHIVE = "desconcentra.jsa";
    /** The file beside the archive naming the jar (its real path) the archive was made for; the launcher reads it. */
    public static final String ARCHIVE_PATH = "desconcentra.jsa.path";
    /** The launcher script's file name, beside the jar. */
    public static final String LAUNCHER = "desconcentra";
    private static final long TIMEOUT_MINUTES = 10;
    private static final String LAMBDA_PROXY = "@lambda-proxy";
    /** How many of the training runs, from the first, use only the precompiled standards. */
    private static final int PRECOMPILED_RUNS = 5;

    private final Path java;
    private final Path jar;
    private final Path work;

    private StartupArchive(Path java, Path jar, Path work) {
        this.java = java;
        this.jar = jar;
        this.work = work;
    }

    /**
     * Makes the archive.
     *
     * @param args the jar of the command line; optionally a work folder for the class lists, logs and the training
     *             runs' outputs (default: {@code startup-archive} beside the jar)
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: StartupArchive JAR [WORK-FOLDER]");
            System.exit(Desconcentra.USAGE_ERROR);
        }
        Path jar = Path.of(args[0]).toRealPath();
        Path work = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : jar.resolveSibling("startup-archive");
        String exe = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe"
                : "java";
        new StartupArchive(Path.of(System.getProperty("java.home"), "bin", exe), jar, work).make();
    }

    private void make() throws IOException, InterruptedException {
        installLauncher();
        Path archive = jar.resolveSibling(ARCHIVE);
        Path archivePath = jar.resolveSibling(ARCHIVE_PATH);
        // A stale archive must not be used by the training runs nor survive a failed dump.
        Files.deleteIfExists(archive);
        Files.deleteIfExists(archivePath);
        deleteTree(work);
        Files.createDirectories(work);
        Path standards = work.resolve("standards");
        List<List<String>> training = List.of(
                List.of("--version"),
                List.of("summary"),
                List.of("summary", "--format", "json"),
                List.of("ideal"),
                List.of("run", "--quiet", "--out", work.resolve("run").toString()),
                List.of("standards", "export", standards.toString()),
                List.of("validate", "--quiet", "--standards", standards.toString()),
                List.of("test-standards", "--quiet", standards.toString()));
        // The runs before PRECOMPILED_RUNS use only the precompiled standards; the later ones compile rules.
        // A lambda proxy line is the same for every call site of one class that makes the same lambda (seven sites
        // of TerritoryCsv turn a cell into a parish code with ParishCode::of): the archive holds one proxy per line
        // it is given, and a site beyond them spins its own class at run time, so each line is kept as many times
        // as one run lists it. Other lines name a class and are kept once.
        Map<String, Integer> classes = new LinkedHashMap<>();
        Set<String> compilerLambdas = new LinkedHashSet<>();
        for (int i = 0; i < training.size(); i++) {
            Path list = work.resolve("training-" + i + ".classlist");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list));
            command.addAll(launcherOptions(training.get(i).get(0)));
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(training.get(i));
            int exit = run(command, work.resolve("training-" + i + ".log"));
            if (exit != 0) {
                say("training run '" + String.join(" ", training.get(i)) + "' exited with " + exit + " (see "
                        + work.resolve("training-" + i + ".log") + "); its classes are kept");
            }
            if (Files.isRegularFile(list)) {
                Map<String, Integer> listed = new LinkedHashMap<>();
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        listed.merge(line, 1, Integer::sum);
                    }
                }
                for (Map.Entry<String, Integer> l : listed.entrySet()) {
                    String line = l.getKey();
                    if (classes.containsKey(line)) {
                        if (line.startsWith(LAMBDA_PROXY)) {
                            classes.merge(line, l.getValue(), Math::max);
                        }
                    } else {
                        classes.put(line, line.startsWith(LAMBDA_PROXY) ? l.getValue() : 1);
                        if (i >= PRECOMPILED_RUNS && line.startsWith(LAMBDA_PROXY)) {
                            compilerLambdas.add(line);
                        }
                    }
                }
            }
        }
        deleteTree(work.resolve("run"));
        if (classes.isEmpty()) {
            say("WARNING: no class was listed by the training runs; no archive made");
            return;
        }
        // JDK 17 crashes dumping the lambda proxies the rule compiler's runs list (their classes come partly from
        // the signed ECJ jar, which an archive cannot hold): keep those of the short commands, and if the JVM still
        // fails, dump without any.
        classes.keySet().removeAll(compilerLambdas);
        boolean made = dump(classes, archive, "short-command-lambdas");
        if (!made) {
            classes.keySet().removeIf(line -> line.startsWith(LAMBDA_PROXY));
            made = dump(classes, archive, "without-lambda-proxies");
        }
        if (!made) {
            say("WARNING: the JVM could not dump the archive (see " + work + "/dump-*.log); the launcher runs"
                    + " without one");
            return;
        }
        if (run(List.of(java.toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar", jar.toString(),
                "--version"), work.resolve("check.log")) != 0) {
            Files.deleteIfExists(archive);
            say("WARNING: the JVM refuses to map the archive it made (see " + work.resolve("check.log")
                    + "); the launcher runs without one");
            return;
        }
        Files.writeString(archivePath, jar + "\n", StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "%s: %,d class-list entries, %,d bytes, for %s", archive,
                entries(classes).size(), Files.size(archive), jar));
    }

    /** The launcher, executable where the file system knows permissions. */
    private void installLauncher() throws IOException {
        Path launcher = jar.resolveSibling(LAUNCHER);
        try (var in = StartupArchive.class.getResourceAsStream("desconcentra.sh")) {
            if (in == null) {
                throw new IOException("the launcher script desconcentra.sh is missing from " + jar);
            }
            Files.write(launcher, in.readAllBytes());
        }
        if (!launcher.toFile().setExecutable(true, false)) {
            say("WARNING: cannot make " + launcher + " executable: run it with sh");
        }
        say("launcher " + launcher);
    }

    /**
     * The JVM options the launcher gives a command (desconcentra.sh), but the archive: a training run then loads the
     * classes the command loads under the launcher (the serial collector's, the C1-only compilation's).
     */
    static List<String> launcherOptions(String command) {
        return switch (command) {
            case "bench" -> List.of();
            case "run", "evaluate", "cost", "plan", "sensitivity", "compare" -> List.of("-XX:TieredStopAtLevel=1",
                    "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC", "-Xmn64m");
            default -> List.of("-XX:TieredStopAtLevel=1");
        };
    }

    /** The class list's lines: each line as many times as it is counted, in first-listed order. */
    static List<String> entries(Map<String, Integer> classes) {
        List<String> lines = new ArrayList<>();
        classes.forEach((line, n) -> {
            for (int k = 0; k < n; k++) {
                lines.add(line);
            }
        });
        return lines;
    }

    private boolean dump(Map<String, Integer> classes, Path archive, String variant)
            throws IOException, InterruptedException {
        Path list = work.resolve("desconcentra-" + variant + ".classlist");
        Files.write(list, entries(classes), StandardCharsets.UTF_8);
        int exit = run(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString()), work.resolve("dump-" + variant + ".log"));
        if (exit == 0 && Files.isRegularFile(archive)) {
            return true;
        }
        Files.deleteIfExists(archive);
        return false;
    }

    private int run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            say("'" + String.join(" ", command) + "' took more than " + TIMEOUT_MINUTES + " minutes: stopped");
            return -1;
        }
        return p.exitValue();
    }

    private static void say(String message) {
        System.out.println("[startup archive] " + message);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
