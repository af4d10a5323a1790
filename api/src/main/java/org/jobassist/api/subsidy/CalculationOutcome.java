package org.jobassist.api.subsidy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.policy.PolicyValueUnavailableException;

/**
 * What became of one calculation in a batch or a what-if run: a {@link Calculated decision},
 * or a {@link Failed failure} with its stable error code, so that a case that cannot be
 * calculated is reported rather than dropped.
 *
 * <p>A failure is one of the two the calculator contract names: a parameter the pack leaves
 * unset ({@link PolicyValueUnavailableException}, codes {@code policy.value-unknown} and
 * {@code policy.value-missing}) or input the calculator refuses
 * ({@link InvalidInputException}, the code of its first violation). Any other exception is a
 * fault, not an outcome, and is not caught.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CalculationOutcome permits CalculationOutcome.Calculated, CalculationOutcome.Failed {

    /**
     * Runs {@code calculator} on {@code input} and keeps the decision or the failure.
     *
     * @param <I> the input type
     * @param calculator the calculator
     * @param input the case
     * @param explain whether to build the explanation
     * @return the outcome
     * @throws NullPointerException if {@code calculator} or {@code input} is null
     */
    static <I> CalculationOutcome attempt(SubsidyCalculator<I> calculator, I input, boolean explain) {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(input, "input");
        try {
            return new Calculated(calculator.calculate(input, explain));
        } catch (PolicyValueUnavailableException e) {
            return Failed.of(e);
        } catch (InvalidInputException e) {
            return Failed.of(e);
        }
    }

    /**
     * The decision, when the calculation succeeded.
     *
     * @return the decision, or empty for a failure
     */
    Optional<SubsidyDecision> decision();

    /**
     * The failure, when the calculation failed.
     *
     * @return the failure, or empty for a decision
     */
    Optional<Failed> failure();

    /**
     * A calculation that gave a decision (eligible or not).
     *
     * @param value the decision
     */
    record Calculated(SubsidyDecision value) implements CalculationOutcome {

        /**
         * Checks the field.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Calculated {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<SubsidyDecision> decision() {
            return Optional.of(value);
        }

        @Override
        public Optional<Failed> failure() {
            return Optional.empty();
        }
    }

    /**
     * A calculation that failed.
     *
     * @param code the stable error code, such as {@code policy.value-unknown}
     * @param message the exception's message, which holds no personal data
     * @param violations the input violations, empty for an unset parameter
     */
    record Failed(String code, String message, List<Violation> violations) implements CalculationOutcome {

        /**
         * Checks the fields and copies the list.
         *
         * @throws NullPointerException if a field or a violation is null
         * @throws IllegalArgumentException if {@code code} is blank
         */
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            violations = List.copyOf(violations);
            if (code.isBlank()) {
                throw new IllegalArgumentException("a failure needs a code");
            }
        }

        /**
         * The failure for a parameter the pack leaves unset.
         *
         * @param e the exception
         * @return the failure, with the exception's code and message
         * @throws NullPointerException if {@code e} is null
         */
        public static Failed of(PolicyValueUnavailableException e) {
            return new Failed(e.code(), String.valueOf(e.getMessage()), List.of());
        }

        /**
         * The failure for input the calculator refuses.
         *
         * @param e the exception
         * @return the failure, with the first violation's code and every violation
         * @throws NullPointerException if {@code e} is null
         */
        public static Failed of(InvalidInputException e) {
            return new Failed(e.code(), String.valueOf(e.getMessage()), e.violations());
        }

        @Override
        public Optional<SubsidyDecision> decision() {
            return Optional.empty();
        }

        @Override
        public Optional<Failed> failure() {
            return Optional.of(this);
        }
    }
}
