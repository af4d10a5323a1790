package org.jobassist.api.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;

/**
 * A citizen's resident identity number (公民身份号码) of GB 11643-1999: 18 characters, being a
 * six-digit address code (GB/T 2260), the birth date {@code YYYYMMDD}, a three-digit sequence
 * code whose last digit is odd for a man and even for a woman, and a check character computed
 * with ISO 7064 MOD 11-2 ({@code 0}–{@code 9} or {@code X}).
 *
 * <p>Example: {@code 11010519491231002X} is a woman born on 1949-12-31 whose address code is
 * 110105 (Chaoyang District, Beijing).
 *
 * <p>The number is personal data. {@link #toString()} shows only the masked form
 * ({@link #masked()}), and no exception message ever contains the number or a part of it.
 * Only {@link #value()} gives it in clear.
 *
 * <p>Parsing accepts a lower-case {@code x} as check character and stores it as {@code X}. It
 * checks, in this order, and reports the first rule broken with these error codes:
 * <ul>
 *   <li>{@code resident-id.length}: not 18 characters (15 for {@link #fromLegacy});</li>
 *   <li>{@code resident-id.character}: one of the first 17 characters is not a digit, or the
 *       last is neither a digit nor {@code X};</li>
 *   <li>{@code resident-id.birth-date}: the birth date does not exist (such as February 30)
 *       or lies before the year {@value #MIN_BIRTH_YEAR};</li>
 *   <li>{@code resident-id.address-code}: the address code is not a well-formed division code
 *       (its province part is {@code 00}); the code need not be in any table;</li>
 *   <li>{@code resident-id.check-character}: the check character is not the one computed
 *       from the first 17 digits;</li>
 *   <li>{@code resident-id.birth-date-after}: the birth date is after the date given to
 *       {@link #parse(CharSequence, LocalDate)}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResidentIdNumber implements Comparable<ResidentIdNumber> {

    /**
     * The earliest birth year accepted. Nobody born earlier is alive, so an earlier year is
     * a typing error.
     */
    public static final int MIN_BIRTH_YEAR = 1800;

    private static final int LENGTH = 18;
    private static final int LEGACY_LENGTH = 15;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    // Problems found by validate(); the exception's details are worked out again only when needed.
    private static final int OK = 0;
    private static final int LENGTH_PROBLEM = 1;
    private static final int CHARACTER_PROBLEM = 2;
    private static final int BIRTH_DATE_PROBLEM = 3;
    private static final int ADDRESS_PROBLEM = 4;
    private static final int CHECK_PROBLEM = 5;

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses an 18-character resident identity number.
     *
     * @param text the number; a lower-case {@code x} check character is accepted
     * @return the number, with an upper-case {@code X}
     * @throws InvalidInputException if the text breaks a rule (codes
     *         {@code resident-id.length}, {@code resident-id.character},
     *         {@code resident-id.birth-date}, {@code resident-id.address-code},
     *         {@code resident-id.check-character}); the message does not contain the text
     * @throws NullPointerException if {@code text} is null
     */
    public static ResidentIdNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int problem = validate(text);
        if (problem != OK) {
            throw new InvalidInputException(describe(problem, text));
        }
        return new ResidentIdNumber(canonical(text));
    }

    /**
     * Parses an 18-character resident identity number and checks that the person was born on
     * or before a given date, such as the date of the application that carries the number.
     *
     * @param text the number; a lower-case {@code x} check character is accepted
     * @param notBornAfter the latest birth date accepted
     * @return the number
     * @throws InvalidInputException if the text breaks a rule of {@link #parse(CharSequence)},
     *         or the birth date is after {@code notBornAfter} ({@code resident-id.birth-date-after})
     * @throws NullPointerException if an argument is null
     */
    public static ResidentIdNumber parse(CharSequence text, LocalDate notBornAfter) {
        Objects.requireNonNull(notBornAfter, "notBornAfter");
        ResidentIdNumber number = parse(text);
        if (number.birthDate().isAfter(notBornAfter)) {
            throw new InvalidInputException(Violation.of("resident-id.birth-date-after",
                    "the birth date is after " + notBornAfter));
        }
        return number;
    }

    /**
     * Parses an 18-character resident identity number, or returns empty if it breaks a rule of
     * {@link #parse(CharSequence)}. Never throws.
     *
     * @param text the number; null gives empty
     * @return the number, or empty
     */
    public static Optional<ResidentIdNumber> tryParse(CharSequence text) {
        if (text == null || validate(text) != OK) {
            return Optional.empty();
        }
        return Optional.of(new ResidentIdNumber(canonical(text)));
    }

    /**
     * Whether the text is a valid 18-character resident identity number: the same test as
     * {@link #tryParse(CharSequence)}, without creating anything.
     *
     * @param text the text; null gives false
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return text != null && validate(text) == OK;
    }

    /**
     * Converts a number of the old 15-digit form (first-generation cards: address code,
     * two-digit birth year of the 1900s, month, day, sequence code, no check character) to
     * the 18-character form, by putting {@code 19} before the year and computing the check
     * character.
     *
     * @param fifteenDigits the old number
     * @return the 18-character number
     * @throws InvalidInputException if the text is not 15 digits ({@code resident-id.length},
     *         {@code resident-id.character}), or the converted number breaks a rule
     *         ({@code resident-id.birth-date}, {@code resident-id.address-code}); positions
     *         in messages count in the 15-digit text
     * @throws NullPointerException if {@code fifteenDigits} is null
     */
    public static ResidentIdNumber fromLegacy(CharSequence fifteenDigits) {
        Objects.requireNonNull(fifteenDigits, "fifteenDigits");
        if (fifteenDigits.length() != LEGACY_LENGTH) {
            throw new InvalidInputException(lengthViolation(LEGACY_LENGTH, fifteenDigits.length()));
        }
        for (int i = 0; i < LEGACY_LENGTH; i++) {
            if (!isDigit(fifteenDigits.charAt(i))) {
                throw new InvalidInputException(notDigit(i));
            }
        }
        char[] chars = new char[LENGTH];
        for (int i = 0; i < 6; i++) {
            chars[i] = fifteenDigits.charAt(i);
        }
        chars[6] = '1';
        chars[7] = '9';
        for (int i = 6; i < LEGACY_LENGTH; i++) {
            chars[i + 2] = fifteenDigits.charAt(i);
        }
        chars[LENGTH - 1] = checkCharacter(weightedSum(new String(chars, 0, LENGTH - 1)));
        String converted = new String(chars);
        int problem = validate(converted);
        if (problem != OK) {
            throw new InvalidInputException(describe(problem, converted));
        }
        return new ResidentIdNumber(converted);
    }

    /** Checks every rule without allocating; returns OK or the first problem. */
    private static int validate(CharSequence text) {
        if (text.length() != LENGTH) {
            return LENGTH_PROBLEM;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return CHARACTER_PROBLEM;
            }
            sum += d * WEIGHTS[i];
        }
        char last = text.charAt(LENGTH - 1);
        if (!isDigit(last) && last != 'X' && last != 'x') {
            return CHARACTER_PROBLEM;
        }
        int year = number(text, 6, 10);
        int month = number(text, 10, 12);
        int day = number(text, 12, 14);
        if (year < MIN_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return BIRTH_DATE_PROBLEM;
        }
        if (text.charAt(0) == '0' && text.charAt(1) == '0') {
            return ADDRESS_PROBLEM;
        }
        if (Character.toUpperCase(last) != checkCharacter(sum)) {
            return CHECK_PROBLEM;
        }
        return OK;
    }

    /** Works out the violation for a problem that validate() found; the slow path. */
    private static Violation describe(int problem, CharSequence text) {
        switch (problem) {
            case LENGTH_PROBLEM:
                return lengthViolation(LENGTH, text.length());
            case CHARACTER_PROBLEM:
                for (int i = 0; i < LENGTH - 1; i++) {
                    if (!isDigit(text.charAt(i))) {
                        return notDigit(i);
                    }
                }
                return Violation.of("resident-id.character",
                        "character at position " + LENGTH + " is neither a digit nor X");
            case BIRTH_DATE_PROBLEM:
                return Violation.of("resident-id.birth-date",
                        "the birth date (characters 7-14) is not a possible date");
            case ADDRESS_PROBLEM:
                return Violation.of("resident-id.address-code",
                        "the address code (characters 1-6) is not a well-formed division code");
            case CHECK_PROBLEM:
                // The check character alone tells nothing about the person, so it may be shown.
                return Violation.of("resident-id.check-character", "the check character is wrong: expected "
                        + checkCharacter(weightedSum(text)) + ", found " + Character.toUpperCase(text.charAt(LENGTH - 1)));
            default:
                throw new AssertionError(problem);
        }
    }

    private static Violation lengthViolation(int expected, int found) {
        return Violation.of("resident-id.length",
                "a resident identity number must have " + expected + " characters, found " + found);
    }

    private static Violation notDigit(int index) {
        return Violation.of("resident-id.character", "character at position " + (index + 1) + " is not a digit");
    }

    /** The text itself when it is already canonical, so that parsing a String allocates nothing more. */
    private static String canonical(CharSequence text) {
        String s = text.toString();
        return s.charAt(LENGTH - 1) == 'x' ? s.substring(0, LENGTH - 1) + 'X' : s;
    }

    private static int weightedSum(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }

    private static char checkCharacter(int weightedSum) {
        return CHECK_CHARACTERS.charAt(weightedSum % 11);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The decimal number in text[from, to), whose characters are known to be digits. */
    private static int number(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /**
     * The number in clear: 18 characters with an upper-case {@code X}. This is personal data;
     * do not log it.
     *
     * @return the canonical number
     */
    public String value() {
        return value;
    }

    /**
     * The birth date, from characters 7–14.
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        return LocalDate.of(number(value, 6, 10), number(value, 10, 12), number(value, 12, 14));
    }

    /**
     * The gender, from the 17th character (odd for a man, even for a woman).
     *
     * @return the gender
     */
    public Gender gender() {
        return Gender.ofSequenceDigit(value.charAt(16) - '0');
    }

    /**
     * The address code, from characters 1–6: the division where the number was first issued.
     * It is well-formed but need not be in the built-in table (divisions are renamed and
     * withdrawn, and numbers stay).
     *
     * @return the address code
     */
    public DivisionCode addressCode() {
        return DivisionCode.parse(value.subSequence(0, 6));
    }

    /**
     * The masked form, safe to show and log: the first 6 characters, eight asterisks and the
     * last 4, such as {@code 110105********002X}.
     *
     * @return the masked number
     */
    public String masked() {
        // One array and the string: recognition with explanations masks every person's number.
        char[] c = new char[LENGTH];
        value.getChars(0, 6, c, 0);
        Arrays.fill(c, 6, LENGTH - 4, '*');
        value.getChars(LENGTH - 4, LENGTH, c, LENGTH - 4);
        return new String(c);
    }

    /**
     * Orders numbers by their canonical text.
     *
     * @param other the other number
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(ResidentIdNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ResidentIdNumber && ((ResidentIdNumber) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The masked form, as {@link #masked()}; never the number in clear.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return masked();
    }
}
