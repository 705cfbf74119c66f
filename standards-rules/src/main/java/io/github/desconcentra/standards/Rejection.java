package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.Preconditions;

/**
 * An input record that is invalid, and why (every reason found): a value that cannot be read, an unknown code, a
 * duplicate id. Every record read ends up accepted, excluded (valid but out of scope, see {@link Exclusion}) or
 * rejected.
 *
 * @param file the file it came from, never null
 * @param line the physical line where it starts (a JSON record: the line of its opening brace), at least 1
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

    /** This rejection as an input problem located at its file and line. */
    public Problem toProblem() {
        return new Problem(file, line, "", "", (id.isEmpty() ? "" : id + ": ") + reason);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (id.isEmpty() ? "" : id + ": ") + reason;
    }
}
