package org.jobassist.testkit.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.internal.BuiltInDivisions;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of resident identity numbers (公民身份号码, GB 11643-1999) that are valid by
 * construction: the address code, birth date and sequence code are drawn within the knobs
 * and the MOD 11-2 check character is computed, so no value is ever filtered out.
 *
 * <p>Knobs, each returning a new generator:
 * <ul>
 *   <li>{@link #bornBetween(LocalDate, LocalDate)}: the birth date, uniform in the range
 *       (default {@link #DEFAULT_EARLIEST} to {@link #DEFAULT_LATEST});</li>
 *   <li>{@link #gender(Gender)}: the parity of the 17th character (default either);</li>
 *   <li>{@link #in(DivisionCode)}: the address code (default any county-level code of the
 *       built-in Liaoning table).</li>
 * </ul>
 * {@link #texts()}, {@link #legacyTexts()} and {@link #nearMisses()} derive generators of
 * text with the same knobs.
 *
 * <p>Numbers made here are synthetic; failure reports show them in clear
 * ({@link #asString(ResidentIdNumber)}), unlike {@link ResidentIdNumber#toString()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class IdNumberGen implements Gen<ResidentIdNumber> {

    /** The default earliest birth date: 1940-01-01; older people hardly appear in employment records. */
    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1940, 1, 1);

    /** The default latest birth date: 2008-12-31; everyone born by then is of working age (16) by the end of 2024. */
    public static final LocalDate DEFAULT_LATEST = LocalDate.of(2008, 12, 31);

    private static final LocalDate LEGACY_EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LEGACY_LATEST = LocalDate.of(1999, 12, 31);
    private static final LocalDate EARLIEST_ACCEPTED = LocalDate.of(ResidentIdNumber.MIN_BIRTH_YEAR, 1, 1);
    private static final LocalDate LATEST_ACCEPTED = LocalDate.of(9999, 12, 31);

    private final LocalDate earliest;
    private final LocalDate latest;
    private final Gender gender;
    private final List<DivisionCode> addresses;
    /** The address codes as text, drawn by index: saves formatting a code per value. */
    private final String[] addressTexts;

    IdNumberGen() {
        this(DEFAULT_EARLIEST, DEFAULT_LATEST, null, BuiltInDivisions.counties());
    }

    private IdNumberGen(LocalDate earliest, LocalDate latest, Gender gender, List<DivisionCode> addresses) {
        this.earliest = earliest;
        this.latest = latest;
        this.gender = gender;
        this.addresses = addresses;
        this.addressTexts = new String[addresses.size()];
        for (int i = 0; i < addressTexts.length; i++) {
            addressTexts[i] = addresses.get(i).code();
        }
    }

    /**
     * Draws birth dates uniformly from {@code earliest} to {@code latest}, both included.
     *
     * @param earliest the earliest birth date, in the year {@value ResidentIdNumber#MIN_BIRTH_YEAR} or later
     * @param latest the latest birth date, not before {@code earliest}, in the year 9999 or earlier
     * @return a new generator with this knob set
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}, or either
     *     lies outside the years an identity number can hold
     * @throws NullPointerException if an argument is null
     */
    public IdNumberGen bornBetween(LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
        if (earliest.isBefore(EARLIEST_ACCEPTED) || latest.isAfter(LATEST_ACCEPTED)) {
            throw new IllegalArgumentException("birth dates must lie between " + EARLIEST_ACCEPTED + " and "
                    + LATEST_ACCEPTED);
        }
        return new IdNumberGen(earliest, latest, gender, addresses);
    }

    /**
     * Draws only numbers of one gender (odd 17th character for men, even for women).
     *
     * @param gender the gender
     * @return a new generator with this knob set
     * @throws NullPointerException if {@code gender} is null
     */
    public IdNumberGen gender(Gender gender) {
        return new IdNumberGen(earliest, latest, Objects.requireNonNull(gender, "gender"), addresses);
    }

    /**
     * Draws numbers of either gender, the default.
     *
     * @return a new generator with this knob cleared
     */
    public IdNumberGen anyGender() {
        return new IdNumberGen(earliest, latest, null, addresses);
    }

    /**
     * Draws address codes within {@code division}: for the province or a city of the built-in
     * table, uniformly among its county-level divisions in the table; for a county, or for any
     * well-formed code the table does not hold (such as a withdrawn code, or one of another
     * province), that code itself.
     *
     * @param division the division
     * @return a new generator with this knob set
     * @throws NullPointerException if {@code division} is null
     */
    public IdNumberGen in(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        return new IdNumberGen(earliest, latest, gender, BuiltInDivisions.countiesWithin(division));
    }

    /**
     * Draws a valid number.
     *
     * @param in the source of randomness
     * @return the number
     */
    @Override
    public ResidentIdNumber generate(RandomnessSource in) {
        return ResidentIdNumber.parse(new String(chars(in)));
    }

    /**
     * The numbers in clear, for failure reports: they are synthetic.
     *
     * @param number a number made by this generator
     * @return its 18 characters
     */
    @Override
    public String asString(ResidentIdNumber number) {
        return number.value();
    }

    /**
     * The same numbers as canonical text (18 characters, upper-case {@code X}), without
     * creating {@link ResidentIdNumber}s: the fast input for parser tests and benchmarks.
     *
     * @return a generator of text
     */
    public Gen<String> texts() {
        return in -> new String(chars(in));
    }

    /**
     * Numbers of the old 15-digit form (first-generation cards: address code, two-digit year
     * of the 1900s, month, day, sequence code, no check character), with the knobs of this
     * generator; the birth range is cut to 1900–1999, the only century the form can hold.
     *
     * @return a generator of 15-digit text
     * @throws IllegalArgumentException if the birth range of this generator lies wholly
     *     outside 1900–1999
     */
    public Gen<String> legacyTexts() {
        LocalDate from = earliest.isBefore(LEGACY_EARLIEST) ? LEGACY_EARLIEST : earliest;
        LocalDate to = latest.isAfter(LEGACY_LATEST) ? LEGACY_LATEST : latest;
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("15-digit numbers need birth dates in 1900-1999, the range is "
                    + earliest + " to " + latest);
        }
        IdNumberGen cut = new IdNumberGen(from, to, gender, addresses);
        return in -> {
            char[] full = cut.chars(in);
            char[] legacy = new char[15];
            System.arraycopy(full, 0, legacy, 0, 6);
            System.arraycopy(full, 8, legacy, 6, 9);
            return new String(legacy);
        };
    }

    /**
     * Near misses made from the numbers of this generator: each breaks exactly one rule of
     * {@link ResidentIdNumber#parse(CharSequence)} and carries the code it must be rejected
     * with. Five families, equally likely:
     * <ul>
     *   <li>{@code resident-id.length}: one character dropped, or one digit inserted;</li>
     *   <li>{@code resident-id.character}: one of the first 17 characters replaced by a
     *       non-digit (a letter, {@code X}, a space, punctuation, a full-width or Arabic-Indic
     *       digit), or the last by a character that is neither a digit nor {@code X}/{@code x};</li>
     *   <li>{@code resident-id.birth-date}: an impossible date (the 30th or 31st of a month
     *       too short, 29 February of a common year, month 00 or above 12, day 00 or above
     *       31, a year before {@value ResidentIdNumber#MIN_BIRTH_YEAR}) with the check
     *       character recomputed;</li>
     *   <li>{@code resident-id.address-code}: province part {@code 00}, check recomputed;</li>
     *   <li>{@code resident-id.check-character}: another check character.</li>
     * </ul>
     *
     * @return a generator of near misses
     */
    public Gen<NearMiss> nearMisses() {
        return in -> IdNearMisses.of(chars(in), in);
    }

    /** The 18 characters of a valid number. */
    char[] chars(RandomnessSource in) {
        char[] chars = new char[18];
        addressTexts[Draw.between(in, 0, addressTexts.length - 1)].getChars(0, 6, chars, 0);
        LocalDate birth = LocalDate.ofEpochDay(Draw.between(in, earliest.toEpochDay(), latest.toEpochDay()));
        Checks.digits(chars, 6, 4, birth.getYear());
        Checks.digits(chars, 10, 2, birth.getMonthValue());
        Checks.digits(chars, 12, 2, birth.getDayOfMonth());
        int sequence;
        if (gender == null) {
            sequence = Draw.between(in, 0, 999);
        } else {
            sequence = 2 * Draw.between(in, 0, 499) + (gender == Gender.MALE ? 1 : 0);
        }
        Checks.digits(chars, 14, 3, sequence);
        chars[17] = Checks.residentId(chars);
        return chars;
    }

    /**
     * The knobs, for test reports.
     *
     * @return for example {@code IdNumberGen[born 1940-01-01..2008-12-31, any gender, 100 address codes]}
     */
    @Override
    public String toString() {
        return "IdNumberGen[born " + earliest + ".." + latest + ", " + (gender == null ? "any gender" : gender)
                + ", " + addresses.size() + " address codes]";
    }
}
