package org.jobassist.api.error;

import java.util.Objects;

/**
 * One rule that an input broke: where, which rule, and a message for people.
 *
 * <p>{@code path} names the field at fault, as a property path ({@code person.idNumber}) or,
 * for JSON documents, a JSON pointer ({@code /values/3/effectiveFrom}); it is empty for a
 * value checked on its own. {@code code} is stable across releases and meant for programs
 * (for example {@code resident-id.check-character}); {@code message} is for people and may
 * change. Neither ever contains personal data such as an identity number or a name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the field path, empty when the value was checked on its own; never null
 * @param code the stable error code; never null or blank
 * @param message a human-readable description without personal data; never null
 */
public record Violation(String path, String code, String message) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
    }

    /**
     * A violation of a value checked on its own (empty path).
     *
     * @param code the stable error code
     * @param message the message, without personal data
     * @return the violation
     */
    public static Violation of(String code, String message) {
        return new Violation("", code, message);
    }

    /**
     * This violation with {@code prefix} put in front of its path, for a value that was
     * checked on its own and then found to sit in a field of a larger input.
     *
     * @param prefix the path of the enclosing field, such as {@code person.idNumber}
     * @return a violation with the combined path
     */
    public Violation under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(prefix, code, message);
        }
        String separator = path.startsWith("/") || path.startsWith("[") ? "" : ".";
        return new Violation(prefix + separator + path, code, message);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
    }
}
