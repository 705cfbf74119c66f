package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.Rejection;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reading the inventories of an evaluating command ({@code evaluate}, {@code cost}, {@code plan}, {@code run},
 * {@code sensitivity}; chosen by {@link InventoryOptions}), strictly by default: an invalid record (rejected, not merely excluded as out of scope) stops the command with
 * exit 1 listing every one, because a deficit computed as if those establishments did not exist is wrong.
 * {@code --keep-going} accepts the valid records and lists the others in {@code rejected.csv}; {@code --max-rejected N}
 * does so only while at most N records are invalid.
 */
final class Inventories {
    private Inventories() {
    }

    /** Invalid inventory records beyond what the command line allows. */
    static final class Rejected extends InputException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Rejected(List<Problem> problems, String hint) {
            super(problems);
            this.hint = hint;
        }

        /** What the user can do, printed after the problems. */
        String hint() {
            return hint;
        }
    }

    /**
     * Reads {@code layers} in order ({@value InventoryOptions#REFERENCE} is the embedded reference inventory,
     * {@value InventoryOptions#SAMPLE} the generated demo inventory, anything else a file), merges them sector by
     * sector, later over earlier, declares the files of {@code complete} complete and the sectors of {@code none} empty beyond
     * what is inventoried, and refuses the result when more than {@code allowed} records were rejected.
     *
     * @param progress receives one line per file read (read, accepted, excluded, rejected)
     * @param warning receives one line when rejected records were left out (shown even when progress is not)
     * @throws Rejected listing every rejected record when there are more than {@code allowed}
     * @throws InputException when a file of {@code complete} is not among {@code files}
     */
    static Inventory read(List<String> layers, Territory territory, Catalogue catalogue,
                          long allowed, Consumer<String> progress, Consumer<String> warning, List<Path> complete,
                          List<io.github.desconcentra.standards.Sector> none) {
        return read(layers, territory, catalogue, ReferenceInventory::parsed, allowed, progress, warning, complete,
                none);
    }

    /**
     * {@link #read(List, Territory, Catalogue, long, Consumer, Consumer, List, List)} with the reference inventory's
     * files parsed by {@code reference} (asked only when a layer is the reference), e.g. ahead on another thread.
     */
    static Inventory read(List<String> layers, Territory territory, Catalogue catalogue,
                          Supplier<ReferenceInventory.Parsed> reference, long allowed, Consumer<String> progress,
                          Consumer<String> warning, List<Path> complete,
                          List<io.github.desconcentra.standards.Sector> none) {
        List<Inventory> parts = new ArrayList<>();
        java.util.Map<Path, String> sourceOf = new java.util.HashMap<>();
        for (String f : layers) {
            Inventory inv;
            if (f.equals(InventoryOptions.REFERENCE)) {
                inv = reference.get().load(territory, catalogue);
                progress.accept("reference (embedded reference inventory): " + inv.accounting());
            } else if (f.equals(InventoryOptions.SAMPLE)) {
                inv = io.github.desconcentra.standards.reference.ReferenceInventory.sample(territory, catalogue);
                progress.accept("sample (generated demo inventory, not real): " + inv.accounting());
            } else {
                Path p = Path.of(f);
                inv = InventoryIo.read(p, territory, catalogue);
                progress.accept(p + ": " + inv.accounting());
                if (!inv.sources().isEmpty()) {
                    sourceOf.put(p.toAbsolutePath().normalize(), inv.sources().get(0).id());
                }
            }
            parts.add(inv);
        }
        Inventory merged = Inventory.replacingBySector(parts);
        for (Path c : complete) {
            String id = sourceOf.get(c.toAbsolutePath().normalize());
            if (id == null) {
                throw new InputException(Problem.of("--assume-complete", c + " is not one of the --inventory files"));
            }
            if (merged.source(id).isPresent()) {
                merged = merged.assumingComplete(id);
            }
        }
        merged = merged.assumingNoneBeyond(new java.util.HashSet<>(none));
        List<Rejection> rejected = merged.rejected();
        if (rejected.size() > allowed) {
            List<Problem> problems = rejected.stream().map(Rejection::toProblem).toList();
            throw new Rejected(problems, String.format(Locale.ROOT, "%,d inventory record%s %s invalid%s: correct %s,"
                            + " or run with --keep-going to evaluate without %s (listed in rejected.csv)",
                    rejected.size(), rejected.size() == 1 ? "" : "s", rejected.size() == 1 ? "is" : "are",
                    allowed > 0 ? ", more than the " + allowed + " allowed by --max-rejected" : "",
                    rejected.size() == 1 ? "it" : "them", rejected.size() == 1 ? "it" : "them"));
        }
        if (!rejected.isEmpty()) {
            warning.accept(String.format(Locale.ROOT, "warning: %,d invalid inventory record%s left out of the"
                    + " evaluation, as allowed; listed in rejected.csv", rejected.size(),
                    rejected.size() == 1 ? "" : "s"));
        }
        return merged;
    }
}
