package io.github.desconcentra.examples.cli;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The options that choose the current supply, one mixin for every command that evaluates ({@code evaluate},
 * {@code cost}, {@code plan}, {@code run}, {@code sensitivity}), so the default and the spelling are the same
 * everywhere.
 *
 * <p>The default is the reference inventory on the reference territory: the main job of the README plans Ecuador with
 * the real national registries, and a planner who asks a smaller command the same question must get the same answer.
 * On another territory the default is none (the reference registries place their establishments in the reference
 * parishes), and the output says so. The reference inventory is no invented supply: where none of its sources covers a
 * requirement, the supply is unknown, never zero.
 */
final class InventoryOptions {
    /** The {@code --inventory} value that stands for the embedded reference inventory. */
    static final String REFERENCE = "reference";
    /** The {@code --inventory} value that stands for the generated demo inventory. */
    static final String SAMPLE = "sample";
    /** The {@code --inventory} value that stands for no inventory at all. */
    static final String NONE = "none";
    /** What an evaluation reports when no source is read. */
    static final String NO_INVENTORY = "none: no inventory source, every sector not assessed";

    @Option(names = "--inventory", paramLabel = "reference|sample|none|FILE",
            description = "The current supply: 'reference', the embedded reference inventory of real national"
                    + " registries (only on the reference territory); 'sample', the generated demo inventory of"
                    + " health, inclusion, police, rehabilitation and fire (status sample, labelled in every output);"
                    + " 'none', nothing; or an inventory FILE (canonical CSV or JSON, see docs/FORMATS.md). Repeat it"
                    + " to layer several: later ones replace earlier ones sector by sector; files and 'sample' go over"
                    + " the default unless 'reference' or 'none' is named. Default: 'reference' on the reference"
                    + " territory, 'none' on another (--territory PATH). A file covers its sectors only partly unless"
                    + " --assume-complete names it; supply no source covers is unknown, never zero.")
    List<String> inventories = new ArrayList<>();

    @Option(names = "--no-reference-inventory", hidden = true,
            description = "Same as --inventory none, before the other --inventory values (the earlier spelling).")
    boolean noReferenceInventory;

    @Option(names = "--assume-complete", paramLabel = "FILE",
            description = "Declare that an --inventory FILE lists every establishment of its sectors in the"
                    + " territory: where it lists none there are none (status assumed). Default: never assumed.")
    List<Path> assumeComplete = new ArrayList<>();

    @Option(names = "--assume-none", split = ",", paramLabel = "SECTOR",
            converter = EvaluateCommand.SectorConverter.class,
            description = "Declare that these sectors have no establishment beyond those inventoried, anywhere"
                    + " (e.g. --assume-none fire): their lines become assessed, status assumed. Default: a"
                    + " sector no source covers has unknown supply, not zero.")
    List<Sector> assumeNone = new ArrayList<>();

    @Option(names = "--keep-going",
            description = "Evaluate with the valid inventory records when some are invalid, and list the invalid"
                    + " ones in DIR/rejected.csv (by default an invalid record stops the command, exit 1).")
    boolean keepGoing;

    @Option(names = "--max-rejected", paramLabel = "N", converter = OptionConverters.NonNegative.class,
            description = "Like --keep-going, but stop when more than N inventory records are invalid.")
    Long maxRejected;

    /** How many invalid inventory records the command line accepts. */
    long allowedRejections() {
        return keepGoing ? Long.MAX_VALUE : maxRejected == null ? 0 : maxRejected;
    }

    /**
     * The inventories to read, in layering order ({@value #REFERENCE}, {@value #SAMPLE} or a file each): the default
     * when no {@code --inventory} is given, the values given over the default unless they name {@value #REFERENCE}
     * or {@value #NONE}.
     *
     * @param referenceTerritory whether the territory is the embedded reference one
     * @throws InputException when {@value #NONE} is named with {@value #REFERENCE}, or {@value #REFERENCE} named
     *     twice or on another territory
     */
    List<String> layers(boolean referenceTerritory) {
        boolean none = noReferenceInventory || inventories.contains(NONE);
        long references = inventories.stream().filter(REFERENCE::equals).count();
        if (none && references > 0) {
            throw new InputException(Problem.of("--inventory", "'none' and 'reference' exclude each other: "
                    + String.join(" ", inventories)));
        }
        if (references > 1) {
            throw new InputException(Problem.of("--inventory", "'reference' is named twice: "
                    + String.join(" ", inventories)));
        }
        if (references > 0 && !referenceTerritory) {
            throw new InputException(Problem.of("--inventory", "'reference' is the inventory of the embedded reference"
                    + " territory (its registries place establishments in its parishes); with --territory PATH name"
                    + " your own inventory files, or none"));
        }
        List<String> layers = new ArrayList<>();
        if (!none && references == 0 && referenceTerritory) {
            layers.add(REFERENCE);
        }
        inventories.stream().filter(v -> !v.equals(NONE)).forEach(layers::add);
        return layers;
    }

    /**
     * Reads the chosen inventories and applies the assumptions (see {@link Inventories#read}).
     *
     * @param progress receives one line per file read (read, accepted, excluded, rejected)
     * @param warning receives one line when rejected records were left out (shown even when progress is not)
     * @throws InputException when the choice is contradictory or a file cannot be read
     * @throws Inventories.Rejected listing every invalid record beyond what the options allow
     */
    Inventory read(Territory territory, boolean referenceTerritory, Catalogue catalogue, Consumer<String> progress,
                   Consumer<String> warning) {
        return read(territory, referenceTerritory, catalogue, ReferenceInventory::parsed, progress, warning);
    }

    /**
     * {@link #read(Territory, boolean, Catalogue, Consumer, Consumer)} with the reference inventory's files parsed by
     * {@code reference} (asked only when the reference is read), e.g. ahead on another thread.
     */
    Inventory read(Territory territory, boolean referenceTerritory, Catalogue catalogue,
                   Supplier<ReferenceInventory.Parsed> reference, Consumer<String> progress,
                   Consumer<String> warning) {
        return Inventories.read(layers(referenceTerritory), territory, catalogue, reference, allowedRejections(),
                progress, warning, assumeComplete, assumeNone);
    }

    /**
     * Where an inventory came from, for the output: every source's citation, the sample marked as such, or
     * {@value #NO_INVENTORY}.
     */
    static String label(Inventory inventory) {
        return inventory.sources().isEmpty() ? NO_INVENTORY : String.join("; ", inventory.sources().stream()
                .map(x -> x.citation() + (x.status() == Provenance.Status.SAMPLE ? " [SAMPLE: generated, not real]"
                        : "")).toList());
    }
}
