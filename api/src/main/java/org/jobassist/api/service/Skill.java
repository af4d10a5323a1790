package org.jobassist.api.service;

import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A skill or trade (技能/工种), named by a stable lower-case kebab code such as {@code welding}
 * or {@code home-care}. The code is the whole identity; display names in Chinese and English
 * belong to the host (the testkit ships a realistic list).
 *
 * <p>Error code of {@link #parse(CharSequence)}: {@code skill.code} — not 1 to 64 characters of
 * lower-case ASCII letters, digits and single inner hyphens.
 *
 * <p>Immutable and thread-safe; ordered by code.
 */
public final class Skill implements Comparable<Skill> {

    private final String code;

    private Skill(String code) {
        this.code = code;
    }

    /**
     * Parses a skill code.
     *
     * @param text the code, such as {@code "welding"}
     * @return the skill
     * @throws InvalidInputException {@code skill.code} if the code is not well-formed
     * @throws NullPointerException if {@code text} is null
     */
    public static Skill parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String code = text.toString();
        if (!Checks.isKebab(code)) {
            throw new InvalidInputException(Violation.of("skill.code",
                    "a skill code is 1 to 64 lower-case letters, digits and single inner hyphens"));
        }
        return new Skill(code);
    }

    /**
     * Parses a skill code, or answers empty if it is not well-formed.
     *
     * @param text the code; null gives empty
     * @return the skill, or empty
     */
    public static Optional<Skill> tryParse(CharSequence text) {
        return text != null && Checks.isKebab(text.toString()) ? Optional.of(new Skill(text.toString()))
                : Optional.empty();
    }

    /**
     * The same as {@link #parse(CharSequence)}.
     *
     * @param code the code
     * @return the skill
     * @throws InvalidInputException {@code skill.code} if the code is not well-formed
     * @throws NullPointerException if {@code code} is null
     */
    public static Skill of(String code) {
        return parse(code);
    }

    /**
     * The code.
     *
     * @return the code, such as {@code "welding"}
     */
    public String code() {
        return code;
    }

    @Override
    public int compareTo(Skill other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skill other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** {@return the code} */
    @Override
    public String toString() {
        return code;
    }
}
