package org.jobassist.impl.internal.assessment.render;

import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;

/** Chinese names of divisions from the built-in table, for reports. Stateless. */
public final class CityNames {

    private CityNames() {}

    /**
     * The Chinese name of the division, such as {@code 沈阳市} for 210100.
     *
     * @param code the code
     * @return the name, or the six digits when the built-in table does not hold the code
     * @throws NullPointerException if {@code code} is null
     */
    public static String zh(DivisionCode code) {
        return Divisions.builtIn().find(code).map(Division::nameZh).orElse(code.code());
    }
}
