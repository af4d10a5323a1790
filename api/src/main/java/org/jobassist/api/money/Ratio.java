package org.jobassist.api.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * An exact rational number (比例), such as a subsidy share of 2/3, a layoff-rate limit of
 * 5.5% or a refund ratio of 30%.
 *
 * <p>A ratio is kept as a reduced fraction of two {@link BigInteger}s with a positive
 * denominator, so 2/3 stays exactly 2/3 and no value is ever rounded until it is applied to
 * {@link Money} with an explicit {@link java.math.RoundingMode}. Deliberately, no factory
 * takes a binary floating-point number.
 *
 * <p>The canonical text ({@link #toString()}) is the exact decimal when one exists (the
 * reduced denominator has no prime factors other than 2 and 5), without trailing zeros, for
 * example {@code 0.055}, {@code 0.3}, {@code 1}, {@code -0.5}; otherwise it is the fraction
 * {@code n/d}, for example {@code 2/3}. {@link #parse(CharSequence)} reads it back.
 *
 * <p>Error codes:
 * <ul>
 *   <li>{@code ratio.format}: text that is not a fraction, decimal or percentage;</li>
 *   <li>{@code ratio.zero-denominator}: a denominator of zero.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {

    /** Zero. */
    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    /** One (100%). */
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    /** Longer text is refused before any arithmetic, so a hostile input cannot cost much. */
    private static final int MAX_TEXT_LENGTH = 100;

    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    // For a small ratio the BigIntegers are made on first use (racy but idempotent, like
    // String's hash): long arithmetic needs only the longs, so most ratios never make them.
    private BigInteger numerator;
    private BigInteger denominator;
    /** Both parts fit in a {@code long}: lets {@link Money#times(Ratio)} avoid BigInteger. */
    private final boolean small;
    private final long smallNumerator;
    private final long smallDenominator;

    /** Expects an already reduced fraction with a positive denominator. */
    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.small = numerator.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE;
        this.smallNumerator = small ? numerator.longValue() : 0L;
        this.smallDenominator = small ? denominator.longValue() : 0L;
    }

    /**
     * The ratio {@code numerator/denominator}, reduced.
     *
     * @param numerator the numerator, any sign
     * @param denominator the denominator, any sign but not zero
     * @return the reduced ratio with a positive denominator
     * @throws InvalidInputException with code {@code ratio.zero-denominator} if
     *     {@code denominator} is zero
     */
    public static Ratio of(long numerator, long denominator) {
        if (denominator == 0) {
            throw zeroDenominator();
        }
        return reducedSmall(numerator, denominator);
    }

    /**
     * The ratio {@code numerator/denominator}, reduced.
     *
     * @param numerator the numerator, any sign
     * @param denominator the denominator, any sign but not zero
     * @return the reduced ratio with a positive denominator
     * @throws InvalidInputException with code {@code ratio.zero-denominator} if
     *     {@code denominator} is zero
     * @throws NullPointerException if an argument is null
     */
    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw zeroDenominator();
        }
        return reduced(numerator, denominator);
    }

    /**
     * The whole number {@code value} as a ratio.
     *
     * @param value the value
     * @return {@code value/1}
     */
    public static Ratio of(long value) {
        return reducedSmall(value, 1L);
    }

    /**
     * The exact value of a decimal as a ratio; {@code 0.055} becomes 11/200.
     *
     * @param value the decimal
     * @return the ratio with exactly that value
     * @throws NullPointerException if {@code value} is null
     */
    public static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int scale = value.scale();
        if (scale <= 0) {
            return reduced(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        return reduced(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /**
     * A percentage: {@code percent("5.5")} is 0.055, {@code percent("30")} is 0.3.
     *
     * @param percent a decimal number of hundredths, optionally signed, without {@code %}
     * @return the ratio {@code percent / 100}
     * @throws InvalidInputException with code {@code ratio.format} if {@code percent} is not a
     *     plain decimal number
     * @throws NullPointerException if {@code percent} is null
     */
    public static Ratio percent(String percent) {
        Objects.requireNonNull(percent, "percent");
        return parseDecimal(percent.strip(), true);
    }

    /**
     * Reads a ratio written as a fraction ({@code 2/3}, {@code -1/4}), a decimal
     * ({@code 0.055}, {@code 1}, {@code -0.5}) or a percentage ({@code 5.5%}). Surrounding
     * white space is ignored; digits are ASCII; a sign, if any, is a leading {@code -}.
     *
     * @param text the text
     * @return the ratio
     * @throws InvalidInputException with code {@code ratio.format} if the text has none of
     *     these shapes, or {@code ratio.zero-denominator} for a fraction over zero
     * @throws NullPointerException if {@code text} is null
     */
    public static Ratio parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.isEmpty() || s.length() > MAX_TEXT_LENGTH) {
            throw badFormat();
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            String top = s.substring(0, slash);
            String bottom = s.substring(slash + 1);
            boolean negative = top.startsWith("-");
            String topDigits = negative ? top.substring(1) : top;
            if (!isDigits(topDigits) || !isDigits(bottom)) {
                throw badFormat();
            }
            BigInteger n = new BigInteger(topDigits);
            BigInteger d = new BigInteger(bottom);
            if (d.signum() == 0) {
                throw zeroDenominator();
            }
            return reduced(negative ? n.negate() : n, d);
        }
        if (s.endsWith("%")) {
            return parseDecimal(s.substring(0, s.length() - 1), true);
        }
        return parseDecimal(s, false);
    }

    /**
     * Like {@link #parse(CharSequence)}, but answers an empty {@code Optional} for bad text.
     *
     * @param text the text
     * @return the ratio, or empty if the text is not a valid ratio
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Ratio> tryParse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return Optional.of(parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The numerator of the reduced fraction; it carries the sign.
     *
     * @return the numerator
     */
    public BigInteger numerator() {
        BigInteger n = numerator;
        if (n == null) {
            n = BigInteger.valueOf(smallNumerator);
            numerator = n;
        }
        return n;
    }

    /**
     * The denominator of the reduced fraction.
     *
     * @return the denominator, always positive
     */
    public BigInteger denominator() {
        BigInteger d = denominator;
        if (d == null) {
            d = BigInteger.valueOf(smallDenominator);
            denominator = d;
        }
        return d;
    }

    /**
     * Whether this ratio is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return signum() < 0;
    }

    /**
     * Whether this ratio is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return signum() == 0;
    }

    /**
     * The sign of this ratio.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return small ? Long.signum(smallNumerator) : numerator.signum();
    }

    /**
     * The exact sum.
     *
     * @param other the ratio to add
     * @return {@code this + other}
     */
    public Ratio plus(Ratio other) {
        Objects.requireNonNull(other, "other");
        if (small && other.small) {
            // Exact long arithmetic when nothing overflows (the common case); BigInteger otherwise.
            try {
                long n = Math.addExact(Math.multiplyExact(smallNumerator, other.smallDenominator),
                        Math.multiplyExact(other.smallNumerator, smallDenominator));
                long d = Math.multiplyExact(smallDenominator, other.smallDenominator);
                return reducedSmall(n, d);
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigInteger sum
            }
        }
        return reduced(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
                denominator().multiply(other.denominator()));
    }

    /**
     * The exact difference.
     *
     * @param other the ratio to subtract
     * @return {@code this - other}
     */
    public Ratio minus(Ratio other) {
        Objects.requireNonNull(other, "other");
        return plus(other.negate());
    }

    /**
     * The exact product.
     *
     * @param other the factor
     * @return {@code this × other}
     */
    public Ratio times(Ratio other) {
        Objects.requireNonNull(other, "other");
        if (small && other.small) {
            try {
                return reducedSmall(Math.multiplyExact(smallNumerator, other.smallNumerator),
                        Math.multiplyExact(smallDenominator, other.smallDenominator));
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigInteger product
            }
        }
        return reduced(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    /**
     * The exact quotient.
     *
     * @param divisor the divisor, not zero
     * @return {@code this ÷ divisor}
     * @throws ArithmeticException if {@code divisor} is zero
     */
    public Ratio dividedBy(Ratio divisor) {
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.isZero()) {
            throw new ArithmeticException("division by a zero ratio");
        }
        if (small && divisor.small) {
            try {
                return reducedSmall(Math.multiplyExact(smallNumerator, divisor.smallDenominator),
                        Math.multiplyExact(smallDenominator, divisor.smallNumerator));
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigInteger quotient
            }
        }
        return reduced(numerator().multiply(divisor.denominator()), denominator().multiply(divisor.numerator()));
    }

    /**
     * This ratio with the opposite sign.
     *
     * @return {@code -this}
     */
    public Ratio negate() {
        return numerator().signum() == 0 ? this : new Ratio(numerator().negate(), denominator());
    }

    /**
     * Whether this ratio has an exact finite decimal form: its reduced denominator has no
     * prime factor other than 2 and 5.
     *
     * @return true if {@link #toString()} is a decimal rather than a fraction
     */
    public boolean isTerminatingDecimal() {
        BigInteger d = denominator();
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        return d.equals(BigInteger.ONE);
    }

    /**
     * This ratio as a decimal rounded to {@code context}, for display; never used on the
     * money path, where {@link Money#times(Ratio, java.math.RoundingMode)} rounds once.
     *
     * @param context the precision and rounding mode
     * @return the rounded decimal
     * @throws ArithmeticException if {@code context} asks for
     *     {@link java.math.RoundingMode#UNNECESSARY} and the value is not exact at that
     *     precision
     */
    public BigDecimal toBigDecimal(MathContext context) {
        Objects.requireNonNull(context, "context");
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), context);
    }

    /**
     * Compares the values of two ratios.
     *
     * @param other the ratio to compare with
     * @return negative, zero or positive as this is less than, equal to or greater than
     *     {@code other}
     */
    @Override
    public int compareTo(Ratio other) {
        if (small && other.small) {
            // Compare the two 128-bit cross products: high words signed, then low words unsigned.
            long a = smallNumerator;
            long b = other.smallDenominator;
            long c = other.smallNumerator;
            long d = smallDenominator;
            int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
            return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    /**
     * Two ratios are equal when their values are equal (fractions are kept reduced).
     *
     * @param o the other object
     * @return true if {@code o} is a ratio of the same value
     */
    @Override
    public boolean equals(Object o) {
        if (o instanceof Ratio r && small && r.small) {
            // Reduced fractions are canonical, so equal values have equal parts.
            return smallNumerator == r.smallNumerator && smallDenominator == r.smallDenominator;
        }
        return o instanceof Ratio r && numerator().equals(r.numerator()) && denominator().equals(r.denominator());
    }

    @Override
    public int hashCode() {
        return 31 * numerator().hashCode() + denominator().hashCode();
    }

    /**
     * The canonical text: the exact decimal without trailing zeros ({@code 0.055},
     * {@code 1}) when there is one, else the reduced fraction ({@code 2/3}).
     *
     * @return the canonical text, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        if (denominator().equals(BigInteger.ONE)) {
            return numerator().toString();
        }
        if (isTerminatingDecimal()) {
            return new BigDecimal(numerator()).divide(new BigDecimal(denominator())).stripTrailingZeros()
                    .toPlainString();
        }
        return numerator() + "/" + denominator();
    }

    boolean isSmall() {
        return small;
    }

    long smallNumerator() {
        return smallNumerator;
    }

    long smallDenominator() {
        return smallDenominator;
    }

    /**
     * {@code n/d} reduced, on longs when possible. Long.MIN_VALUE has no opposite in a long,
     * so a fraction that needs one goes the BigInteger way.
     */
    private static Ratio reducedSmall(long n, long d) {
        if (n == 0) {
            return ZERO;
        }
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            return reduced(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        if (d < 0) {
            n = -n;
            d = -d;
        }
        long gcd = gcd(Math.abs(n), d);
        return new Ratio(n / gcd, d / gcd);
    }

    /** Binary gcd of two positive longs. */
    static long gcd(long a, long b) {
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = a;
                a = b;
                b = t;
            }
            b -= a;
        }
        return a << shift;
    }

    /** Expects an already reduced fraction with a positive denominator. */
    private Ratio(long numerator, long denominator) {
        this.small = true;
        this.smallNumerator = numerator;
        this.smallDenominator = denominator;
    }

    private static Ratio reduced(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        if (n.signum() == 0) {
            return ZERO;
        }
        BigInteger gcd = n.gcd(d);
        if (!gcd.equals(BigInteger.ONE)) {
            n = n.divide(gcd);
            d = d.divide(gcd);
        }
        return new Ratio(n, d);
    }

    private static Ratio parseDecimal(String s, boolean percent) {
        if (s.isEmpty() || s.length() > MAX_TEXT_LENGTH) {
            throw badFormat();
        }
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        int dot = body.indexOf('.');
        String whole = dot < 0 ? body : body.substring(0, dot);
        String fraction = dot < 0 ? "" : body.substring(dot + 1);
        if (!isDigits(whole) || (dot >= 0 && !isDigits(fraction))) {
            throw badFormat();
        }
        BigInteger n = new BigInteger(whole + fraction);
        BigInteger d = BigInteger.TEN.pow(fraction.length());
        if (percent) {
            d = d.multiply(HUNDRED);
        }
        return reduced(negative ? n.negate() : n, d);
    }

    /** Non-empty and ASCII digits only: Character.isDigit would let other scripts' digits in. */
    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException badFormat() {
        return new InvalidInputException(Violation.of("ratio.format",
                "a ratio must be a fraction such as 2/3, a decimal such as 0.055 or a percentage such as 5.5%"));
    }

    private static InvalidInputException zeroDenominator() {
        return new InvalidInputException(Violation.of("ratio.zero-denominator",
                "the denominator of a ratio must not be zero"));
    }
}
