package org.jobassist.api.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * An exact amount of money (金额) in Chinese yuan (CNY), held as a whole number of fen
 * (分, hundredths of a yuan) in a {@code long}.
 *
 * <p>Arithmetic is exact: sums, differences and whole-number multiples either are exact or
 * throw {@link ArithmeticException} on overflow; never wrap around. The only rounding happens
 * when an amount is multiplied by a {@link Ratio} or built from a decimal with more than two
 * places, and there the {@link RoundingMode} is explicit (the default of
 * {@link #times(Ratio)} is {@link RoundingMode#HALF_UP} to the fen). Splitting an amount
 * ({@link #allocate(int)}, {@link #allocate(Ratio...)}) loses nothing: the parts always sum
 * back to the whole. No factory takes a binary floating-point number, so such a number
 * cannot reach an amount.
 *
 * <p>Text forms, all read by {@link #parse(CharSequence)}:
 * <ul>
 *   <li>{@link #toString()}: canonical {@code 1234.50}, {@code -3.00} (also the JSON form);</li>
 *   <li>{@link #format()}: {@code ¥1,234.50}, {@code -¥1,234.50};</li>
 *   <li>{@link #formatChinese()}: {@code 1234.50元}, {@code -1234.50元}.</li>
 * </ul>
 *
 * <p>Error codes (in {@link InvalidInputException}):
 * <ul>
 *   <li>{@code money.format}: text that is empty or not an amount;</li>
 *   <li>{@code money.scale}: more than two decimal places where rounding is not asked for;</li>
 *   <li>{@code money.overflow}: an amount beyond the {@code long} range of fen;</li>
 *   <li>{@code money.allocation}: a split into no parts, or by weights that are negative or
 *       sum to zero.</li>
 * </ul>
 * An amount is not personal data; messages still do not repeat the rejected text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** Zero yuan. */
    public static final Money ZERO = new Money(0L);

    private static final int FEN_PER_YUAN = 100;

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /**
     * The amount of {@code fen} fen.
     *
     * @param fen the amount in fen (hundredths of a yuan)
     * @return the amount
     */
    public static Money ofFen(long fen) {
        return fen == 0L ? ZERO : new Money(fen);
    }

    /**
     * The amount of {@code yuan} whole yuan.
     *
     * @param yuan the amount in yuan
     * @return the amount
     * @throws InvalidInputException with code {@code money.overflow} if the amount in fen
     *     does not fit in a {@code long}
     */
    public static Money ofYuan(long yuan) {
        long fen;
        try {
            fen = Math.multiplyExact(yuan, FEN_PER_YUAN);
        } catch (ArithmeticException e) {
            throw overflow();
        }
        return ofFen(fen);
    }

    /**
     * The amount of {@code yuan}, which must be a whole number of fen: trailing zeros beyond
     * two places are fine ({@code 1.500}), a non-zero third place is refused rather than
     * rounded silently.
     *
     * @param yuan the amount in yuan
     * @return the amount
     * @throws InvalidInputException with code {@code money.scale} if {@code yuan} is not a
     *     whole number of fen, or {@code money.overflow} if it is out of range
     * @throws NullPointerException if {@code yuan} is null
     */
    public static Money of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        BigDecimal inFen = yuan.movePointRight(2);
        if (inFen.scale() > 0 && inFen.stripTrailingZeros().scale() > 0) {
            throw scale();
        }
        return ofFenExact(inFen);
    }

    /**
     * The amount of {@code yuan} rounded to the fen with {@code mode}.
     *
     * @param yuan the amount in yuan
     * @param mode how to round a third or further decimal place
     * @return the amount
     * @throws InvalidInputException with code {@code money.overflow} if the amount is out of
     *     range
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and
     *     rounding is needed
     * @throws NullPointerException if an argument is null
     */
    public static Money of(BigDecimal yuan, RoundingMode mode) {
        Objects.requireNonNull(yuan, "yuan");
        Objects.requireNonNull(mode, "mode");
        return ofFenExact(yuan.setScale(2, mode).movePointRight(2));
    }

    /**
     * Reads an amount in any of the three text forms: plain ({@code 1234.5},
     * {@code 1234.50}, {@code -3.00}), with the yuan sign ({@code ¥1,234.50},
     * {@code -¥1,234.50}; the full-width sign {@code ￥} is accepted too) or with the
     * character 元 ({@code 1234.50元}), but not both sign and 元. Up to two decimal places;
     * digits are ASCII; the minus, if any, comes first; thousands separators are optional in
     * every form but, where present, must group the whole yuan by three; surrounding white
     * space is ignored.
     *
     * @param text the text
     * @return the amount
     * @throws InvalidInputException with code {@code money.format} for empty or malformed
     *     text, {@code money.scale} for more than two decimal places, {@code money.overflow}
     *     for an amount out of range
     * @throws NullPointerException if {@code text} is null
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.isEmpty()) {
            throw badFormat();
        }
        int i = 0;
        int end = s.length();
        boolean negative = s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        boolean yuanSign = i < end && (s.charAt(i) == '¥' || s.charAt(i) == '￥');
        if (yuanSign) {
            i++;
        }
        if (!yuanSign && end > i && s.charAt(end - 1) == '元') {
            end--;
        }
        int dot = s.indexOf('.', i);
        int wholeEnd = dot < 0 || dot >= end ? end : dot;
        // Accumulate negatively: the range of long reaches one further below zero than above.
        long value = 0L;
        try {
            value = accumulateWhole(s, i, wholeEnd, value);
            int places = 0;
            if (wholeEnd < end) {
                for (int j = wholeEnd + 1; j < end; j++) {
                    char c = s.charAt(j);
                    if (c < '0' || c > '9') {
                        throw badFormat();
                    }
                    places++;
                }
                if (places == 0) {
                    throw badFormat();
                }
                if (places > 2) {
                    throw scale();
                }
                for (int j = wholeEnd + 1; j < end; j++) {
                    value = Math.subtractExact(Math.multiplyExact(value, 10L), s.charAt(j) - '0');
                }
            }
            for (int p = places; p < 2; p++) {
                value = Math.multiplyExact(value, 10L);
            }
            return ofFen(negative ? value : Math.negateExact(value));
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    /**
     * Like {@link #parse(CharSequence)}, but answers an empty {@code Optional} for bad text.
     *
     * @param text the text
     * @return the amount, or empty if the text is not a valid amount
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Money> tryParse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return Optional.of(parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The amount in fen.
     *
     * @return the number of fen, negative for a negative amount
     */
    public long fen() {
        return fen;
    }

    /**
     * The amount in yuan.
     *
     * @return the exact amount with scale 2
     */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * The exact sum.
     *
     * @param other the amount to add
     * @return {@code this + other}
     * @throws ArithmeticException if the sum overflows
     */
    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * The exact difference.
     *
     * @param other the amount to subtract
     * @return {@code this - other}
     * @throws ArithmeticException if the difference overflows
     */
    public Money minus(Money other) {
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * The exact whole-number multiple, such as a monthly amount times a number of months.
     *
     * @param factor the multiplier
     * @return {@code this × factor}
     * @throws ArithmeticException if the product overflows
     */
    public Money times(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /**
     * This amount times {@code ratio}, rounded half-up to the fen (the library's default
     * rounding).
     *
     * @param ratio the ratio
     * @return the rounded product
     * @throws ArithmeticException if the result overflows
     */
    public Money times(Ratio ratio) {
        return times(ratio, RoundingMode.HALF_UP);
    }

    /**
     * This amount times {@code ratio}, rounded once to the fen with {@code mode}.
     *
     * @param ratio the ratio
     * @param mode the rounding of the exact product to whole fen
     * @return the rounded product
     * @throws ArithmeticException if the result overflows, or {@code mode} is
     *     {@link RoundingMode#UNNECESSARY} and the product is not a whole number of fen
     * @throws NullPointerException if an argument is null
     */
    public Money times(Ratio ratio, RoundingMode mode) {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(mode, "mode");
        if (ratio.isSmall()) {
            long n = ratio.smallNumerator();
            long high = Math.multiplyHigh(fen, n);
            long low = fen * n;
            // The 128-bit product fits in a long exactly when the high word is the sign of the low.
            if (high == (low >> 63)) {
                return ofFen(divide(low, ratio.smallDenominator(), mode));
            }
        }
        BigInteger product = BigInteger.valueOf(fen).multiply(ratio.numerator());
        BigDecimal rounded = new BigDecimal(product).divide(new BigDecimal(ratio.denominator()), 0, mode);
        try {
            return ofFen(rounded.longValueExact());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount out of range");
        }
    }

    /**
     * This amount with the opposite sign.
     *
     * @return {@code -this}
     * @throws ArithmeticException for the most negative amount, which has no opposite
     */
    public Money negate() {
        return ofFen(Math.negateExact(fen));
    }

    /**
     * The absolute amount.
     *
     * @return {@code |this|}
     * @throws ArithmeticException for the most negative amount, which has no opposite
     */
    public Money abs() {
        return fen < 0 ? negate() : this;
    }

    /**
     * Splits this amount into {@code parts} parts as equal as possible that sum back exactly
     * to it. The fen that do not divide evenly go one each to the first parts, so parts differ
     * by at most one fen and larger parts come first (for a negative amount, parts further
     * from zero come first).
     *
     * @param parts the number of parts, at least 1
     * @return an unmodifiable list of {@code parts} amounts summing to this amount
     * @throws InvalidInputException with code {@code money.allocation} if {@code parts} is
     *     below 1
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw allocation("a split needs at least one part");
        }
        long base = fen / parts;
        long remainder = fen % parts;
        long step = Long.signum(remainder);
        Money[] result = new Money[parts];
        for (int i = 0; i < parts; i++) {
            long extra = i < Math.abs(remainder) ? step : 0L;
            result[i] = ofFen(base + extra);
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    /**
     * Splits this amount in proportion to {@code weights} with no loss, by the
     * largest-remainder method: each part first gets its exact share truncated towards zero,
     * then the fen left over go one each to the parts with the largest dropped fractions
     * (ties to the earlier part). The parts always sum back exactly to this amount. Weights
     * are proportions and need not sum to one: {@code allocate(Ratio.of(1), Ratio.of(2))}
     * splits one third to two thirds.
     *
     * @param weights the weights, at least one, none negative, not all zero
     * @return an unmodifiable list with one amount per weight, in order, summing to this amount
     * @throws InvalidInputException with code {@code money.allocation} if there are no
     *     weights, a weight is negative or all are zero
     * @throws NullPointerException if {@code weights} or a weight is null
     */
    public List<Money> allocate(Ratio... weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw allocation("a split needs at least one weight");
        }
        Ratio total = Ratio.ZERO;
        for (Ratio w : weights) {
            Objects.requireNonNull(w, "weight");
            if (w.isNegative()) {
                throw allocation("split weights must not be negative");
            }
            total = total.plus(w);
        }
        if (total.isZero()) {
            throw allocation("split weights must not all be zero");
        }
        // Work on |amount| so truncation and remainders behave the same for both signs.
        BigInteger magnitude = BigInteger.valueOf(fen).abs();
        Ratio whole = Ratio.of(magnitude, BigInteger.ONE);
        int n = weights.length;
        BigInteger[] shares = new BigInteger[n];
        Ratio[] dropped = new Ratio[n];
        BigInteger left = magnitude;
        for (int i = 0; i < n; i++) {
            Ratio exact = weights[i].dividedBy(total).times(whole);
            BigInteger[] qr = exact.numerator().divideAndRemainder(exact.denominator());
            shares[i] = qr[0];
            dropped[i] = Ratio.of(qr[1], exact.denominator());
            left = left.subtract(qr[0]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Stable sort: equal remainders keep index order, so ties go to the earlier part.
        Arrays.sort(order, (a, b) -> dropped[b].compareTo(dropped[a]));
        for (int k = 0; k < left.intValueExact(); k++) {
            shares[order[k]] = shares[order[k]].add(BigInteger.ONE);
        }
        List<Money> result = new ArrayList<>(n);
        for (BigInteger share : shares) {
            result.add(ofFen((fen < 0 ? share.negate() : share).longValueExact()));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return fen < 0;
    }

    /**
     * Whether this amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return fen > 0;
    }

    /**
     * Whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return fen == 0;
    }

    /**
     * The sign of this amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return Long.signum(fen);
    }

    /**
     * Whether this amount is more than {@code other}.
     *
     * @param other the amount to compare with
     * @return true if {@code this > other}
     */
    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /**
     * Whether this amount is less than {@code other}.
     *
     * @param other the amount to compare with
     * @return true if {@code this < other}
     */
    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    /**
     * The smaller of two amounts, such as a computed subsidy and its cap.
     *
     * @param a an amount
     * @param b another amount
     * @return the smaller; {@code a} if they are equal
     */
    public static Money min(Money a, Money b) {
        return b.fen < a.fen ? b : a;
    }

    /**
     * The larger of two amounts.
     *
     * @param a an amount
     * @param b another amount
     * @return the larger; {@code a} if they are equal
     */
    public static Money max(Money a, Money b) {
        return b.fen > a.fen ? b : a;
    }

    /**
     * Compares two amounts.
     *
     * @param other the amount to compare with
     * @return negative, zero or positive as this is less than, equal to or greater than
     *     {@code other}
     */
    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /**
     * Two amounts are equal when they hold the same number of fen.
     *
     * @param o the other object
     * @return true if {@code o} is an equal amount
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /**
     * The amount with the yuan sign and thousands separators: {@code ¥1,234.50},
     * {@code -¥1,234.50}.
     *
     * @return the formatted amount
     */
    public String format() {
        String whole = Long.toUnsignedString(wholeYuanMagnitude());
        StringBuilder sb = new StringBuilder(whole.length() + whole.length() / 3 + 6);
        if (fen < 0) {
            sb.append('-');
        }
        sb.append('¥');
        int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, firstGroup);
        for (int i = firstGroup; i < whole.length(); i += 3) {
            sb.append(',').append(whole, i, i + 3);
        }
        return appendFen(sb).toString();
    }

    /**
     * The amount in the Chinese form with the character 元: {@code 1234.50元},
     * {@code -1234.50元}.
     *
     * @return the formatted amount
     */
    public String formatChinese() {
        return plain().append('元').toString();
    }

    /**
     * The canonical text: optional minus, whole yuan, a point and exactly two digits, such as
     * {@code 1234.50} or {@code -3.00}. It is also the JSON form.
     *
     * @return the canonical text, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return plain().toString();
    }

    private StringBuilder plain() {
        StringBuilder sb = new StringBuilder(24);
        if (fen < 0) {
            sb.append('-');
        }
        sb.append(Long.toUnsignedString(wholeYuanMagnitude()));
        return appendFen(sb);
    }

    /** Unsigned so that the most negative amount, whose magnitude exceeds a long, works. */
    private long magnitude() {
        return fen < 0 ? -fen : fen;
    }

    private long wholeYuanMagnitude() {
        return Long.divideUnsigned(magnitude(), FEN_PER_YUAN);
    }

    private StringBuilder appendFen(StringBuilder sb) {
        long cents = Long.remainderUnsigned(magnitude(), FEN_PER_YUAN);
        return sb.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10));
    }

    /** Adds the whole-yuan digits at {@code [from, to)} to a negative accumulator. */
    private static long accumulateWhole(String s, int from, int to, long value) {
        if (from >= to) {
            throw badFormat();
        }
        boolean grouped = s.indexOf(',', from) >= 0 && s.indexOf(',', from) < to;
        int digitsInGroup = 0;
        boolean firstGroup = true;
        for (int j = from; j < to; j++) {
            char c = s.charAt(j);
            if (c == ',') {
                if (digitsInGroup == 0 || digitsInGroup > 3 || (!firstGroup && digitsInGroup != 3)) {
                    throw badFormat();
                }
                firstGroup = false;
                digitsInGroup = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                throw badFormat();
            }
            digitsInGroup++;
            value = Math.subtractExact(Math.multiplyExact(value, 10L), c - '0');
        }
        if (grouped && digitsInGroup != 3) {
            throw badFormat();
        }
        return value;
    }

    /** {@code dividend / divisor} rounded with {@code mode}; {@code divisor} is positive. */
    private static long divide(long dividend, long divisor, RoundingMode mode) {
        long quotient = dividend / divisor;
        long remainder = dividend % divisor;
        if (remainder == 0) {
            return quotient;
        }
        int sign = dividend < 0 ? -1 : 1;
        long r = Math.abs(remainder);
        // Compare r with divisor - r instead of 2r with divisor: 2r may overflow.
        int half = Long.compare(r, divisor - r);
        boolean awayFromZero;
        switch (mode) {
            case UP -> awayFromZero = true;
            case DOWN -> awayFromZero = false;
            case CEILING -> awayFromZero = sign > 0;
            case FLOOR -> awayFromZero = sign < 0;
            case HALF_UP -> awayFromZero = half >= 0;
            case HALF_DOWN -> awayFromZero = half > 0;
            case HALF_EVEN -> awayFromZero = half > 0 || (half == 0 && (quotient & 1L) != 0);
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
            default -> throw new AssertionError(mode);
        }
        return awayFromZero ? quotient + sign : quotient;
    }

    private static Money ofFenExact(BigDecimal fenAmount) {
        try {
            return ofFen(fenAmount.longValueExact());
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private static InvalidInputException badFormat() {
        return new InvalidInputException(Violation.of("money.format",
                "an amount must look like 1234.50, ¥1,234.50 or 1234.50元"));
    }

    private static InvalidInputException scale() {
        return new InvalidInputException(Violation.of("money.scale",
                "an amount must not have more than two decimal places (whole fen)"));
    }

    private static InvalidInputException overflow() {
        return new InvalidInputException(Violation.of("money.overflow", "the amount is out of range"));
    }

    private static InvalidInputException allocation(String message) {
        return new InvalidInputException(Violation.of("money.allocation", message));
    }
}
