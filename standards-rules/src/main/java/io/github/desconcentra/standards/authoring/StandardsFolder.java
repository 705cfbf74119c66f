package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of editable standards: one sub-folder per sector ({@code health/}, {@code education/}, …) holding
 * {@code <sector>.drl}, {@code parameters.csv}, {@code typologies.csv}, {@code substitutions.csv},
 * {@code minimum_set.csv}, optionally spreadsheet decision tables
 * ({@code *.xlsx}) and scenario tests ({@code tests/*.json}). A folder may hold only some sectors, and a sector folder
 * only some files: the others come from the embedded standards. Every other entry is an error (a misspelled
 * {@code Fire/} or {@code parameter.csv} would otherwise be ignored); names starting with a dot ({@code .git},
 * {@code .DS_Store}) are left alone.
 */
public final class StandardsFolder {
    /** The folder of scenario tests inside a sector folder. */
    public static final String TESTS = "tests";
    /** The largest file a standards folder may hold (16 MiB), checked before reading. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private StandardsFolder() {
    }

    /** The file names of a sector's standards. */
    public static List<String> files(Sector s) {
        return List.of(s.id() + ".drl", Catalogue.PARAMETERS, Catalogue.TYPOLOGIES, Catalogue.SUBSTITUTIONS,
                Catalogue.MINIMUM_SET);
    }

    /** The embedded file of a sector, if any. */
    public static Optional<InputStream> embedded(Sector s, String file) {
        return Optional.ofNullable(StandardsFolder.class.getClassLoader().getResourceAsStream(
                StandardsEngine.RESOURCE_FOLDER + "/" + s.id() + "/" + file));
    }

    /**
     * Writes the embedded standards as editable files, with the embedded scenario tests, into a folder that does not
     * exist or is empty.
     *
     * @return the files written
     * @throws InputException when the folder is a file, or is not empty
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> export(Path dir) {
        return export(dir, false);
    }

    /**
     * Writes the embedded standards as editable files, with the embedded scenario tests.
     *
     * @param overwrite write into a folder that is not empty, replacing the standards files it holds (other files
     *     are left as they are)
     * @return the files written
     * @throws InputException when the folder is a file, or is not empty and {@code overwrite} is false
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> export(Path dir, boolean overwrite) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(Problem.of(dir.toString(), "is not a folder: cannot export the standards"
                    + " into it"));
        }
        if (!overwrite && Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new InputException(Problem.of(dir.toString(), "is not empty: exporting would overwrite"
                            + " edited standards (export into a new folder, or overwrite with --force)"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Sector s : Sector.values()) {
                Path folder = dir.resolve(s.id());
                Files.createDirectories(folder.resolve(TESTS));
                for (String f : files(s)) {
                    try (InputStream in = embedded(s, f).orElseThrow()) {
                        Files.write(folder.resolve(f), in.readAllBytes());
                        written.add(folder.resolve(f));
                    }
                }
                Optional<InputStream> tests = embedded(s, TESTS + "/" + s.id() + ".json");
                if (tests.isPresent()) {
                    try (InputStream in = tests.get()) {
                        Path t = folder.resolve(TESTS).resolve(s.id() + ".json");
                        Files.write(t, in.readAllBytes());
                        written.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the standards to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * The sectors a folder replaces: those with a sub-folder named by the sector's id.
     *
     * @throws InputException when the folder does not exist
     */
    public static List<Sector> sectorsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(Problem.of(dir.toString(), "no such standards folder"));
        }
        List<String> names = names(dir);
        List<Sector> list = new ArrayList<>();
        for (Sector s : Sector.values()) {
            if (names.contains(s.id()) && Files.isDirectory(dir.resolve(s.id()))) {
                list.add(s);
            }
        }
        return list;
    }

    /**
     * Reports every entry of a standards folder that would not be used, each naming what was expected: unknown
     * folders at the top ({@code Fire/}), unknown files in a sector folder ({@code parameter.csv},
     * {@code extra.drl}) or in its tests, a file where a folder belongs and the reverse, and files over
     * {@link #MAX_FILE_BYTES}.
     */
    static void checkLayout(Path dir, List<Problem> problems) {
        String sectors = Arrays.stream(Sector.values()).map(s -> s.id() + "/").collect(Collectors.joining(", "));
        for (String name : names(dir)) {
            Path entry = dir.resolve(name);
            Optional<Sector> sector = Arrays.stream(Sector.values()).filter(s -> s.id().equals(name)).findFirst();
            if (sector.isPresent() && Files.isDirectory(entry)) {
                checkSector(sector.get(), entry, problems);
                continue;
            }
            String hint = Arrays.stream(Sector.values()).filter(s -> s.id().equalsIgnoreCase(name)).findFirst()
                    .map(s -> "; did you mean " + s.id() + "/? (names are case-sensitive)").orElse("");
            if (hint.isEmpty() && Arrays.stream(Sector.values()).anyMatch(s -> files(s).contains(name)
                    || name.equals(s.id() + ".drl"))) {
                hint = "; a sector's files go in its folder, e.g. health/" + name;
            }
            problems.add(Problem.of(entry.toString(), (sector.isPresent() ? "is a file, not a sector folder"
                    : "unknown " + (Files.isDirectory(entry) ? "folder" : "file")) + " in a standards folder"
                    + " (expected the sector folders " + sectors + ")" + hint));
        }
    }

    private static void checkSector(Sector s, Path folder, List<Problem> problems) {
        List<String> expected = files(s);
        String listing = String.join(", ", expected) + ", decision tables *.xlsx and " + TESTS + "/";
        for (String name : names(folder)) {
            Path entry = folder.resolve(name);
            if (expected.contains(name) || name.endsWith(".xlsx")) {
                if (!Files.isRegularFile(entry)) {
                    problems.add(Problem.of(entry.toString(), "is not a regular file"));
                } else {
                    checkSize(entry, problems);
                }
                continue;
            }
            if (name.equals(TESTS)) {
                if (Files.isDirectory(entry)) {
                    checkTests(entry, problems);
                } else {
                    problems.add(Problem.of(entry.toString(), "must be a folder of scenario tests (*.json)"));
                }
                continue;
            }
            String hint = expected.stream().filter(e -> e.equalsIgnoreCase(name)).findFirst()
                    .map(e -> "; did you mean " + e + "? (names are case-sensitive)").orElse("");
            if (hint.isEmpty() && name.endsWith(".drl")) {
                hint = "; the " + s.id() + " rules are read from " + s.id() + ".drl only";
            }
            problems.add(Problem.of(entry.toString(), "unknown " + (Files.isDirectory(entry) ? "folder" : "file")
                    + " in the " + s.id() + " standards (expected " + listing + ")" + hint));
        }
    }

    private static void checkTests(Path folder, List<Problem> problems) {
        for (String name : names(folder)) {
            Path entry = folder.resolve(name);
            if (name.endsWith(".json") && Files.isRegularFile(entry)) {
                checkSize(entry, problems);
            } else {
                problems.add(Problem.of(entry.toString(), "unknown " + (Files.isDirectory(entry) ? "folder" : "file")
                        + " among the scenario tests (expected *.json files)"));
            }
        }
    }

    private static void checkSize(Path file, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.of(file.toString(), String.format(Locale.ROOT, "is %,d bytes, over the limit"
                        + " of %,d for a standards file", size, MAX_FILE_BYTES)));
            }
        } catch (IOException e) {
            problems.add(Problem.of(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /** The names in a folder, sorted, without hidden entries (names starting with a dot). */
    private static List<String> names(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(Problem.of(dir.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads a file of a standards folder: a regular file of at most {@link #MAX_FILE_BYTES}.
     *
     * @throws InputException naming the file when it is not a regular file, too large or unreadable
     */
    static byte[] read(Path file) {
        return InputFiles.readAllBytes(file, MAX_FILE_BYTES);
    }

    /**
     * Decodes a text file as UTF-8, strictly: a byte sequence that is not UTF-8 is an error at its line and byte
     * offset rather than a replacement character or an unlocated "Input length = 1".
     *
     * @throws InputException naming the file, line and byte offset
     */
    static String utf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            StringBuilder hex = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + r.length()); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
            }
            throw new InputException(new Problem(file, line, "byte " + offset, hex.toString(),
                    "is not valid UTF-8 (save the file as UTF-8)"));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
