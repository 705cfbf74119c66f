package io.github.desconcentra.territory;

import java.util.List;

/**
 * The one error type that Desconcentra's loaders, validators and evaluators throw for bad input. It carries every
 * problem found (loaders collect all problems rather than stop at the first), each with its location. The message
 * is the first problem, followed by the number of others.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param problems at least one problem; copied
     * @throws IllegalArgumentException when the list is empty
     */
    public InputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** A single problem. */
    public InputException(Problem problem) {
        this(List.of(problem));
    }

    private static String summary(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        int more = problems.size() - 1;
        return problems.get(0) + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
    }

    /** Every problem found, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
