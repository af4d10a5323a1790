package org.jobassist.testkit.identity;

import java.util.Objects;

import org.jobassist.api.identity.Gender;
import org.jobassist.testkit.NearMiss;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of identifiers (身份标识): resident identity numbers, unified social credit codes
 * and genders, valid by construction, and their near misses.
 *
 * <pre>{@code
 * Properties.qt()
 *     .forAll(Identities.residentIdNumbers().gender(Gender.FEMALE).in(DivisionCode.of("210100")))
 *     .checkAssert(id -> ...);
 * Properties.qt()
 *     .forAll(Identities.residentIdNearMisses())
 *     .checkAssert(miss -> assertEquals(miss.expectedCode(), codeOf(() -> ResidentIdNumber.parse(miss.text()))));
 * }</pre>
 *
 * <p>The check characters are computed here from the standards
 * ({@link #residentIdCheckCharacter(CharSequence)}, {@link #creditCodeCheckCharacter(CharSequence)}),
 * never by asking the parsers under test. Every generator is deterministic for a given
 * randomness source.
 *
 * <p>Stateless and thread-safe.
 */
public final class Identities {

    private static final IdNumberGen RESIDENT_ID_NUMBERS = new IdNumberGen();
    private static final CreditCodeGen CREDIT_CODES = new CreditCodeGen();

    private Identities() {}

    /**
     * Valid resident identity numbers: by default born from 1940-01-01 to 2008-12-31
     * ({@link IdNumberGen#DEFAULT_EARLIEST}, {@link IdNumberGen#DEFAULT_LATEST}), either
     * gender, with a county-level address code of the built-in Liaoning table. Refine with
     * the knobs of {@link IdNumberGen}.
     *
     * @return the generator
     */
    public static IdNumberGen residentIdNumbers() {
        return RESIDENT_ID_NUMBERS;
    }

    /**
     * Valid numbers of the old 15-digit form, born in 1900–1999 (see
     * {@link IdNumberGen#legacyTexts()} to set knobs).
     *
     * @return the generator
     */
    public static Gen<String> legacyResidentIdNumbers() {
        return RESIDENT_ID_NUMBERS.legacyTexts();
    }

    /**
     * Near misses of resident identity numbers, each labelled with the error code it must be
     * rejected with (see {@link IdNumberGen#nearMisses()} for the families).
     *
     * @return the generator
     */
    public static Gen<NearMiss> residentIdNearMisses() {
        return RESIDENT_ID_NUMBERS.nearMisses();
    }

    /**
     * The texts of {@link #residentIdNearMisses()}: invalid numbers, each breaking exactly one
     * rule.
     *
     * @return the generator
     */
    public static Gen<String> invalidResidentIdNumbers() {
        return residentIdNearMisses().map(NearMiss::text);
    }

    /**
     * Valid unified social credit codes registered in a division of the built-in Liaoning
     * table. Refine with {@link CreditCodeGen#in(org.jobassist.api.region.DivisionCode)}.
     *
     * @return the generator
     */
    public static CreditCodeGen creditCodes() {
        return CREDIT_CODES;
    }

    /**
     * Near misses of credit codes, each labelled with the error code it must be rejected with
     * (see {@link CreditCodeGen#nearMisses()} for the families).
     *
     * @return the generator
     */
    public static Gen<NearMiss> creditCodeNearMisses() {
        return CREDIT_CODES.nearMisses();
    }

    /**
     * The texts of {@link #creditCodeNearMisses()}: invalid codes, each breaking exactly one
     * rule.
     *
     * @return the generator
     */
    public static Gen<String> invalidCreditCodes() {
        return creditCodeNearMisses().map(NearMiss::text);
    }

    /**
     * Both genders, equally likely.
     *
     * @return the generator
     */
    public static Gen<Gender> genders() {
        return Generate.enumValues(Gender.class);
    }

    /**
     * The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits of a resident
     * identity number: {@code "10X98765432"} indexed by Σ digit × weight mod 11, weights
     * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2. For {@code 11010519491231002} it is {@code X}.
     *
     * @param first17 the first 17 characters, all ASCII digits; longer text is read up to 17
     * @return {@code 0}–{@code 9} or {@code X}
     * @throws IllegalArgumentException if there are fewer than 17 characters or one is not a digit
     * @throws NullPointerException if {@code first17} is null
     */
    public static char residentIdCheckCharacter(CharSequence first17) {
        char[] chars = first17(first17, Checks.DIGITS);
        return Checks.residentId(chars);
    }

    /**
     * The GB 32100 check character of the first 17 characters of a credit code: the
     * character whose index in {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} is (31 − S mod 31) mod 31,
     * S being Σ index × weight with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
     * For {@code 91350100M000100Y4} it is {@code 3}.
     *
     * @param first17 the first 17 characters, all in the alphabet; longer text is read up to 17
     * @return a character of the alphabet
     * @throws IllegalArgumentException if there are fewer than 17 characters or one is outside
     *     the alphabet
     * @throws NullPointerException if {@code first17} is null
     */
    public static char creditCodeCheckCharacter(CharSequence first17) {
        char[] chars = first17(first17, Checks.CREDIT_ALPHABET);
        return Checks.creditCode(chars);
    }

    private static char[] first17(CharSequence text, String allowed) {
        Objects.requireNonNull(text, "first17");
        if (text.length() < 17) {
            throw new IllegalArgumentException("need 17 characters, found " + text.length());
        }
        char[] chars = new char[17];
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (allowed.indexOf(c) < 0) {
                throw new IllegalArgumentException("character at position " + (i + 1) + " is not one of " + allowed);
            }
            chars[i] = c;
        }
        return chars;
    }
}
