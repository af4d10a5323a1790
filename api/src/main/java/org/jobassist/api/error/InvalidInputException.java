package org.jobassist.api.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks one or more rules. It carries every violation found, each with
 * its field path and stable error code; the message lists them and never contains personal
 * data. An operation that throws it has changed nothing.
 *
 * <p>Parsers throw it from {@code parse}; their {@code tryParse} twins return an empty
 * {@code Optional} instead.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: violations are plain data to read in process, not to ship. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     * @throws NullPointerException if {@code violations} or an element is null
     */
    public InvalidInputException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param violation the violation
     */
    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    /**
     * The violations, in the order they were found.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /**
     * The code of the first violation, handy where a single rule can fail.
     *
     * @return the first violation's code
     */
    public String code() {
        return violations().isEmpty() ? "" : violations().get(0).code();
    }

    /**
     * This exception's violations with {@code prefix} put in front of each path.
     *
     * @param prefix the path of the enclosing field
     * @return a new exception; this one is unchanged
     */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(
                violations().stream().map(v -> v.under(prefix)).collect(Collectors.toList()));
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation is required");
        }
        if (violations.size() == 1) {
            return violations.get(0).toString();
        }
        return violations.size() + " violations: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
