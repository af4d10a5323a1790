package org.jobassist.testkit.identity;

import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.RandomnessSource;

/** Turns a valid identity number into a near miss that breaks exactly one rule. */
final class IdNearMisses {

    static final String LENGTH = "resident-id.length";
    static final String CHARACTER = "resident-id.character";
    static final String BIRTH_DATE = "resident-id.birth-date";
    static final String ADDRESS_CODE = "resident-id.address-code";
    static final String CHECK_CHARACTER = "resident-id.check-character";

    /** Not ASCII digits; x and X are letters where a digit is due. */
    private static final String NOT_DIGITS = "XxAa -/.\uFF10\u0663";
    /** Neither digits nor X/x, which the parser accepts as the last character. */
    private static final String NOT_LAST = "YyAa -*.\uFF10\u0663";
    private static final int[] SHORT_MONTHS = {2, 4, 6, 9, 11};

    private IdNearMisses() {}

    static NearMiss of(char[] valid, RandomnessSource in) {
        switch (Draw.between(in, 0, 4)) {
            case 0:
                return new NearMiss(wrongLength(valid, in), LENGTH);
            case 1:
                return new NearMiss(forbiddenCharacter(valid, in), CHARACTER);
            case 2:
                impossibleDate(valid, in);
                valid[17] = Checks.residentId(valid);
                return new NearMiss(new String(valid), BIRTH_DATE);
            case 3:
                valid[0] = '0';
                valid[1] = '0';
                valid[17] = Checks.residentId(valid);
                return new NearMiss(new String(valid), ADDRESS_CODE);
            default:
                valid[17] = otherCheckCharacter(valid[17], in);
                return new NearMiss(new String(valid), CHECK_CHARACTER);
        }
    }

    static String wrongLength(char[] valid, RandomnessSource in) {
        String text = new String(valid);
        if (Draw.between(in, 0, 1) == 0) {
            int drop = Draw.between(in, 0, valid.length - 1);
            return text.substring(0, drop) + text.substring(drop + 1);
        }
        int at = Draw.between(in, 0, valid.length);
        return text.substring(0, at) + Draw.pick(in, Checks.DIGITS) + text.substring(at);
    }

    private static String forbiddenCharacter(char[] valid, RandomnessSource in) {
        int at = Draw.between(in, 0, 17);
        valid[at] = Draw.pick(in, at < 17 ? NOT_DIGITS : NOT_LAST);
        return new String(valid);
    }

    /** Overwrites characters 7-14 with a date that does not exist; the rest stays valid. */
    private static void impossibleDate(char[] chars, RandomnessSource in) {
        int year = (chars[6] - '0') * 1000 + (chars[7] - '0') * 100 + (chars[8] - '0') * 10 + (chars[9] - '0');
        int month = (chars[10] - '0') * 10 + (chars[11] - '0');
        int day = (chars[12] - '0') * 10 + (chars[13] - '0');
        switch (Draw.between(in, 0, 4)) {
            case 0:
                month = SHORT_MONTHS[Draw.between(in, 0, SHORT_MONTHS.length - 1)];
                day = month == 2 ? Draw.between(in, 30, 31) : 31;
                break;
            case 1:
                // Of two consecutive years at most one is leap; 9999 and 9998 are both common.
                year = isLeap(year) ? (year < 9999 ? year + 1 : year - 1) : year;
                month = 2;
                day = 29;
                break;
            case 2:
                month = Draw.oneIn(in, 3) ? 0 : Draw.between(in, 13, 99);
                break;
            case 3:
                day = Draw.oneIn(in, 3) ? 0 : Draw.between(in, 32, 99);
                break;
            default:
                year = Draw.between(in, 0, 1799);
                break;
        }
        Checks.digits(chars, 6, 4, year);
        Checks.digits(chars, 10, 2, month);
        Checks.digits(chars, 12, 2, day);
    }

    private static char otherCheckCharacter(char current, RandomnessSource in) {
        int index = Checks.ID_LAST_CHARACTERS.indexOf(current);
        int other = Draw.between(in, 0, Checks.ID_LAST_CHARACTERS.length() - 2);
        return Checks.ID_LAST_CHARACTERS.charAt(other >= index ? other + 1 : other);
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
