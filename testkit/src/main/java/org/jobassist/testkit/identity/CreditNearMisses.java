package org.jobassist.testkit.identity;

import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.RandomnessSource;

/** Turns a valid credit code into a near miss that breaks exactly one rule. */
final class CreditNearMisses {

    static final String LENGTH = "credit-code.length";
    static final String CHARACTER = "credit-code.character";
    static final String DIVISION_CODE = "credit-code.division-code";
    static final String CHECK_CHARACTER = "credit-code.check-character";

    /** Outside the alphabet: the five excluded letters, lower case, space, punctuation, full width. */
    private static final String FORBIDDEN = "IOSVZiosvzabxy -/*\uFF21\uFF10";
    private static final String ALPHABET_LETTERS = "ABCDEFGHJKLMNPQRTUWXY";

    private CreditNearMisses() {}

    static NearMiss of(char[] valid, RandomnessSource in) {
        switch (Draw.between(in, 0, 3)) {
            case 0:
                return new NearMiss(wrongLength(valid, in), LENGTH);
            case 1:
                valid[Draw.between(in, 0, 17)] = Draw.pick(in, FORBIDDEN);
                return new NearMiss(new String(valid), CHARACTER);
            case 2:
                if (Draw.between(in, 0, 1) == 0) {
                    valid[2] = '0';
                    valid[3] = '0';
                } else {
                    valid[Draw.between(in, 2, 7)] = Draw.pick(in, ALPHABET_LETTERS);
                }
                valid[17] = Checks.creditCode(valid);
                return new NearMiss(new String(valid), DIVISION_CODE);
            default:
                int index = Checks.CREDIT_ALPHABET.indexOf(valid[17]);
                int other = Draw.between(in, 0, Checks.CREDIT_ALPHABET.length() - 2);
                valid[17] = Checks.CREDIT_ALPHABET.charAt(other >= index ? other + 1 : other);
                return new NearMiss(new String(valid), CHECK_CHARACTER);
        }
    }

    private static String wrongLength(char[] valid, RandomnessSource in) {
        String text = new String(valid);
        if (Draw.between(in, 0, 1) == 0) {
            int drop = Draw.between(in, 0, valid.length - 1);
            return text.substring(0, drop) + text.substring(drop + 1);
        }
        int at = Draw.between(in, 0, valid.length);
        return text.substring(0, at) + Draw.pick(in, Checks.CREDIT_ALPHABET) + text.substring(at);
    }
}
