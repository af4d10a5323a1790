package org.jobassist.testkit.identity;

import java.util.List;
import java.util.Objects;

import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.internal.BuiltInDivisions;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generator of unified social credit codes (统一社会信用代码, GB 32100-2015) that are valid
 * by construction: a registration authority and organisation type from the standard's
 * tables, a division code, an organisation code (组织机构代码) of eight characters with its
 * GB 11714 check character, and the GB 32100 check character, all computed, never filtered.
 *
 * <p>Knob: {@link #in(DivisionCode)}, the division of the registering authority (default any
 * division of the built-in Liaoning table: the province, a city or a county).
 *
 * <p>Immutable and thread-safe.
 */
public final class CreditCodeGen implements Gen<UnifiedSocialCreditCode> {

    /**
     * Registration authority and organisation type pairs of GB 32100 Annex A, such as
     * {@code 91} (market regulation: enterprise) or {@code 51} (civil affairs: social
     * organisation).
     */
    private static final String[] AUTHORITY_AND_TYPE = {
        "11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49",
        "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93",
        "A1", "A9", "N1", "N2", "N3", "N9", "Y1",
    };

    /** An organisation code body is drawn from the credit alphabet, so the whole code stays in it. */
    private static final String BODY = Checks.CREDIT_ALPHABET;

    private final List<DivisionCode> divisions;
    private final String[] divisionTexts;

    CreditCodeGen() {
        this(BuiltInDivisions.all());
    }

    private CreditCodeGen(List<DivisionCode> divisions) {
        this.divisions = divisions;
        this.divisionTexts = new String[divisions.size()];
        for (int i = 0; i < divisionTexts.length; i++) {
            divisionTexts[i] = divisions.get(i).code();
        }
    }

    /**
     * Draws registering divisions within {@code division}: for a division of the built-in
     * table, itself and every division of the table under it; for a code the table does not
     * hold, that code itself.
     *
     * @param division the division
     * @return a new generator with this knob set
     * @throws NullPointerException if {@code division} is null
     */
    public CreditCodeGen in(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        return new CreditCodeGen(BuiltInDivisions.within(division));
    }

    /**
     * Draws a valid code.
     *
     * @param in the source of randomness
     * @return the code
     */
    @Override
    public UnifiedSocialCreditCode generate(RandomnessSource in) {
        return UnifiedSocialCreditCode.parse(new String(chars(in)));
    }

    /**
     * The same codes as text, without creating {@link UnifiedSocialCreditCode}s.
     *
     * @return a generator of 18-character text
     */
    public Gen<String> texts() {
        return in -> new String(chars(in));
    }

    /**
     * Near misses made from the codes of this generator: each breaks exactly one rule of
     * {@link UnifiedSocialCreditCode#parse(CharSequence)} and carries the code it must be
     * rejected with. Four families, equally likely:
     * <ul>
     *   <li>{@code credit-code.length}: one character dropped, or one inserted;</li>
     *   <li>{@code credit-code.character}: one character replaced by one outside the alphabet
     *       (I, O, S, V, Z, a lower-case letter, a space, punctuation, a full-width letter);</li>
     *   <li>{@code credit-code.division-code}: characters 3–8 made malformed (province part
     *       {@code 00}, or a letter of the alphabet among the digits), check recomputed;</li>
     *   <li>{@code credit-code.check-character}: another check character of the alphabet.</li>
     * </ul>
     *
     * @return a generator of near misses
     */
    public Gen<NearMiss> nearMisses() {
        return in -> CreditNearMisses.of(chars(in), in);
    }

    /** The 18 characters of a valid code. */
    char[] chars(RandomnessSource in) {
        char[] chars = new char[18];
        AUTHORITY_AND_TYPE[Draw.between(in, 0, AUTHORITY_AND_TYPE.length - 1)].getChars(0, 2, chars, 0);
        divisionTexts[Draw.between(in, 0, divisionTexts.length - 1)].getChars(0, 6, chars, 2);
        for (int i = 8; i < 16; i++) {
            chars[i] = Draw.pick(in, BODY);
        }
        chars[16] = Checks.organisationCode(chars, 8);
        chars[17] = Checks.creditCode(chars);
        return chars;
    }

    /**
     * The knob, for test reports.
     *
     * @return for example {@code CreditCodeGen[115 divisions]}
     */
    @Override
    public String toString() {
        return "CreditCodeGen[" + divisions.size() + " divisions]";
    }
}
