package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.law.Explanation;

/**
 * One relation found between a subject and a relative as of a date, with the path through the
 * graph that proves it and an explanation citing Civil Code Art. 1045.
 *
 * <p>{@link #describe()} reads, for example, {@code P9 is P1's maternal grandfather: P1 →
 * mother (P4) → her father (P9)}. Only person ids appear, never names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the person asked about
 * @param relative the related person
 * @param kind what {@code relative} is to {@code subject}
 * @param relativeGender the relative's gender, for the words
 * @param asOf the date of the answer
 * @param path the steps from {@code subject} to {@code relative}, at least one
 * @param relativeDeceased whether the relative had died before {@code asOf}; blood relations
 *     to a deceased person are still reported, a marriage is not (it ends at death)
 * @param explanation why the relation holds, with its legal basis
 */
public record KinshipFinding(PersonId subject, PersonId relative, Kinship kind, Gender relativeGender,
                             LocalDate asOf, List<KinshipStep> path, boolean relativeDeceased,
                             Explanation explanation) {

    /**
     * Checks the finding.
     *
     * @throws IllegalArgumentException if the path is empty, does not start at {@code subject}
     *     or does not end at {@code relative}
     * @throws NullPointerException if an argument is null
     */
    public KinshipFinding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relativeGender, "relativeGender");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(explanation, "explanation");
        path = List.copyOf(path);
        if (path.isEmpty() || !path.get(0).from().equals(subject)
                || !path.get(path.size() - 1).to().equals(relative)) {
            throw new IllegalArgumentException("the path must lead from the subject to the relative");
        }
    }

    /**
     * The path in words, such as {@code P1 → mother (P4) → her father (P9)}.
     *
     * @param path the steps, at least one
     * @return the text
     * @throws IllegalArgumentException if {@code path} is empty
     */
    public static String pathText(List<KinshipStep> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
        StringBuilder sb = new StringBuilder(path.get(0).from().value());
        KinshipStep previous = null;
        for (KinshipStep step : path) {
            sb.append(" → ");
            if (previous != null) {
                sb.append(previous.toGender() == Gender.MALE ? "his " : "her ");
            }
            sb.append(step.word()).append(" (").append(step.to().value()).append(')');
            previous = step;
        }
        return sb.toString();
    }

    /**
     * The finding in one sentence: {@code P9 is P1's maternal grandfather: P1 → mother (P4) →
     * her father (P9)}, with {@code (deceased)} after the relative's id if they had died.
     *
     * @return the sentence
     */
    public String describe() {
        return sentence(kind, relativeGender, path, relativeDeceased);
    }

    /**
     * The sentence {@link #describe()} writes, for a finding still being put together (an
     * explanation quotes it before the finding exists).
     *
     * @param kind what the last person of the path is to the first
     * @param relativeGender the gender of the last person
     * @param path the steps, at least one
     * @param relativeDeceased whether the last person had died before the date
     * @return the sentence
     * @throws IllegalArgumentException if {@code path} is empty
     * @throws NullPointerException if an argument is null
     */
    public static String sentence(Kinship kind, Gender relativeGender, List<KinshipStep> path,
                                  boolean relativeDeceased) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relativeGender, "relativeGender");
        String text = pathText(path);
        PersonId subject = path.get(0).from();
        PersonId relative = path.get(path.size() - 1).to();
        return relative.value() + (relativeDeceased ? " (deceased)" : "") + " is " + subject.value() + "'s "
                + kind.noun(relativeGender) + ": " + text;
    }

    /**
     * The same as {@link #describe()}.
     *
     * @return the sentence
     */
    @Override
    public String toString() {
        return describe();
    }
}
