package org.jobassist.api.query;

import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * What a caller may see in clear (查询权限范围): the whole of one province, or one
 * prefecture-level city. A city scope sees the records booked to that city; a province scope
 * sees the records of every city in the province.
 *
 * <p>Error code of the factories: {@code access-scope.level} (path {@code division}) when the
 * division is not of the level asked for ({@link #province(DivisionCode)} needs a province,
 * {@link #city(DivisionCode)} a prefecture-level city, {@link #of(DivisionCode)} either). The
 * message names the level, not the code.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessScope {

    private static final AccessScope LIAONING = new AccessScope(DivisionCode.LIAONING);

    private final DivisionCode division;

    private AccessScope(DivisionCode division) {
        this.division = division;
    }

    /**
     * The scope of Liaoning Province, {@code 210000}.
     *
     * @return the scope
     */
    public static AccessScope province() {
        return LIAONING;
    }

    /**
     * The scope of a whole province.
     *
     * @param province a province-level code, such as {@code 210000}
     * @return the scope
     * @throws InvalidInputException {@code access-scope.level} if the code is not a province's
     * @throws NullPointerException if {@code province} is null
     */
    public static AccessScope province(DivisionCode province) {
        return checked(province, DivisionLevel.PROVINCE);
    }

    /**
     * The scope of one prefecture-level city.
     *
     * @param city a prefecture-level code, such as {@code 210200} (Dalian)
     * @return the scope
     * @throws InvalidInputException {@code access-scope.level} if the code is not a city's
     * @throws NullPointerException if {@code city} is null
     */
    public static AccessScope city(DivisionCode city) {
        return checked(city, DivisionLevel.PREFECTURE);
    }

    /**
     * The scope of a province or a city, by the level of {@code division}.
     *
     * @param division a province-level or prefecture-level code
     * @return the scope
     * @throws InvalidInputException {@code access-scope.level} for a county-level code
     * @throws NullPointerException if {@code division} is null
     */
    public static AccessScope of(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        return division.level() == DivisionLevel.PROVINCE ? province(division) : city(division);
    }

    private static AccessScope checked(DivisionCode division, DivisionLevel level) {
        Objects.requireNonNull(division, "division");
        if (division.level() != level) {
            throw new InvalidInputException(List.of(new Violation("division", "access-scope.level",
                    "an access scope is a whole province or one prefecture-level city; expected a "
                            + level.name().toLowerCase(java.util.Locale.ROOT) + "-level code")));
        }
        return division.equals(DivisionCode.LIAONING) ? LIAONING : new AccessScope(division);
    }

    /**
     * The province or city of this scope.
     *
     * @return the division code
     */
    public DivisionCode division() {
        return division;
    }

    /**
     * Whether this scope is a whole province.
     *
     * @return true for a province scope, false for a city scope
     */
    public boolean isProvince() {
        return division.level() == DivisionLevel.PROVINCE;
    }

    /**
     * Whether a record booked to {@code city} is in this scope: the city is this scope's city,
     * or lies in this scope's province.
     *
     * @param city the city (or county) a record is booked to
     * @return true if the caller may see the record in clear
     * @throws NullPointerException if {@code city} is null
     */
    public boolean covers(DivisionCode city) {
        return division.contains(Objects.requireNonNull(city, "city"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessScope other && division.equals(other.division);
    }

    @Override
    public int hashCode() {
        return division.hashCode();
    }

    /** {@return {@code province 210000} or {@code city 210200}} */
    @Override
    public String toString() {
        return (isProvince() ? "province " : "city ") + division;
    }
}
