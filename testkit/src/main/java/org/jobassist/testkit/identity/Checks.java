package org.jobassist.testkit.identity;

/**
 * The check characters of GB 11643 (resident identity numbers), GB 32100 (unified social
 * credit codes) and GB 11714 (organisation codes, the entity part of a credit code), computed
 * here from the standards so that the generators never rely on the parsers they test.
 */
final class Checks {

    static final String DIGITS = "0123456789";
    /** ISO 7064 MOD 11-2: the check character for S mod 11 = 0, 1, …, 10. */
    static final String ID_CHECK_CHARACTERS = "10X98765432";
    /** The characters a resident identity number may end with. */
    static final String ID_LAST_CHARACTERS = "0123456789X";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** GB 32100: digits and upper-case letters without I, O, S, V, Z; a character's value is its index. */
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private Checks() {}

    /** The check character of an identity number whose first 17 characters are known digits. */
    static char residentId(char[] chars) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (chars[i] - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The check character of a credit code whose first 17 characters are in the alphabet. */
    static char creditCode(char[] chars) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(chars[i]) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of the eight-character organisation code body at
     * {@code chars[from..from+7]}: digits count as themselves, letters A–Z as 10–35;
     * C = 11 − (Σ value × weight mod 11), written {@code X} for 10 and {@code 0} for 11.
     */
    static char organisationCode(char[] chars, int from) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = chars[from + i];
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Writes {@code value} as {@code width} decimal digits at {@code chars[from..]}. */
    static void digits(char[] chars, int from, int width, int value) {
        int rest = value;
        for (int i = from + width - 1; i >= from; i--) {
            chars[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
