package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * An input record that was not accepted, and why. Every record read ends up accepted or rejected.
 *
 * @param file the file it came from, never null
 * @param line its 1-based line (or record number), at least 1
 * @param id its id as written (may be empty when missing), never null
 * @param reason why it was rejected, never blank
 */
public record Rejection(String file, long line, String id, String reason) {
    /** @throws IllegalArgumentException when the reason is blank */
    public Rejection {
        file = file == null ? "" : file;
        id = id == null ? "" : id;
        Preconditions.requireText(reason, "reason", "rejection");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (id.isEmpty() ? "" : id + ": ") + reason;
    }
}
