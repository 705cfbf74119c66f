package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * An input record that is valid but out of scope, and why: for example an adult-education programme in a school
 * registry, which provides no school-age seats. An excluded record is not an error (unlike a {@link Rejection}); it is
 * listed so that every record read is accounted for.
 *
 * @param file the file it came from, never null
 * @param line the physical line where it starts, at least 1 (0 when unknown)
 * @param id its id as written (may be empty), never null
 * @param reason why it is out of scope, never blank
 */
public record Exclusion(String file, long line, String id, String reason) {
    /** @throws IllegalArgumentException when the reason is blank */
    public Exclusion {
        file = file == null ? "" : file;
        id = id == null ? "" : id;
        Preconditions.requireText(reason, "reason", "exclusion");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (id.isEmpty() ? "" : id + ": ") + reason;
    }
}
