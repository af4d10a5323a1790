package org.jobassist.testkit.region;

import java.util.List;
import java.util.Objects;

import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.internal.BuiltInDivisions;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of administrative division codes (行政区划代码, GB/T 2260): the divisions of the
 * built-in Liaoning table ({@link Divisions#builtIn()}) by level, any well-formed code, and
 * near misses of the code format.
 *
 * <p>Stateless and thread-safe.
 */
public final class Regions {

    private static final String NOT_DIGITS = "Aa -.\uFF10\u0663";

    private Regions() {}

    /**
     * Liaoning Province, {@code 210000}, the one province of the built-in table.
     *
     * @return a generator of that single code
     */
    public static Gen<DivisionCode> province() {
        return Generate.constant(DivisionCode.LIAONING);
    }

    /**
     * The 14 prefecture-level cities of the built-in table, equally likely.
     *
     * @return the generator
     */
    public static Gen<DivisionCode> cities() {
        return Generate.pick(BuiltInDivisions.cities());
    }

    /**
     * The county-level divisions of the built-in table (districts, counties, county-level
     * cities), equally likely.
     *
     * @return the generator
     */
    public static Gen<DivisionCode> counties() {
        return Generate.pick(BuiltInDivisions.counties());
    }

    /**
     * The county-level divisions of one city of the built-in table, equally likely.
     *
     * @param city the code of a prefecture-level city in the built-in table
     * @return the generator
     * @throws IllegalArgumentException if {@code city} is not a city of the built-in table
     * @throws NullPointerException if {@code city} is null
     */
    public static Gen<DivisionCode> countiesOf(DivisionCode city) {
        Objects.requireNonNull(city, "city");
        if (city.level() != DivisionLevel.PREFECTURE || !Divisions.builtIn().isKnown(city)) {
            throw new IllegalArgumentException(city + " is not a city of the built-in division table");
        }
        return Generate.pick(BuiltInDivisions.countiesWithin(city));
    }

    /**
     * Every division of the built-in table, of any level, equally likely.
     *
     * @return the generator
     */
    public static Gen<DivisionCode> divisions() {
        return Generate.pick(BuiltInDivisions.all());
    }

    /**
     * Any well-formed code, {@code 010000} to {@code 999999}, uniformly: mostly codes that no
     * table holds, for checks that must not depend on the table.
     *
     * @return the generator
     */
    public static Gen<DivisionCode> wellFormedCodes() {
        return in -> {
            char[] chars = new char[6];
            int value = Draw.between(in, 10_000, 999_999);
            for (int i = 5; i >= 0; i--) {
                chars[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            return DivisionCode.parse(new String(chars));
        };
    }

    /**
     * Near misses of division codes made from the codes of the built-in table, each breaking
     * exactly one rule of {@link DivisionCode#parse(CharSequence)}, equally likely:
     * {@code division-code.length} (a digit dropped or inserted),
     * {@code division-code.character} (a digit replaced by a letter, space, punctuation, or a
     * full-width or Arabic-Indic digit), {@code division-code.province} (province part
     * {@code 00}).
     *
     * @return the generator
     */
    public static Gen<NearMiss> divisionCodeNearMisses() {
        List<DivisionCode> codes = BuiltInDivisions.all();
        return in -> {
            String code = Draw.pick(in, codes).code();
            switch (Draw.between(in, 0, 2)) {
                case 0:
                    if (Draw.between(in, 0, 1) == 0) {
                        int drop = Draw.between(in, 0, 5);
                        return new NearMiss(code.substring(0, drop) + code.substring(drop + 1), "division-code.length");
                    }
                    int at = Draw.between(in, 0, 6);
                    return new NearMiss(code.substring(0, at) + Draw.between(in, 0, 9) + code.substring(at),
                            "division-code.length");
                case 1:
                    int replace = Draw.between(in, 0, 5);
                    return new NearMiss(code.substring(0, replace) + Draw.pick(in, NOT_DIGITS)
                            + code.substring(replace + 1), "division-code.character");
                default:
                    return new NearMiss("00" + code.substring(2), "division-code.province");
            }
        };
    }
}
