package org.jobassist.examples.jdbc;

import org.jobassist.api.region.DivisionCode;

/** SQL helpers for division codes. Stateless and thread-safe. */
final class Divisions {

    private Divisions() {}

    /**
     * The leading digits that every code {@code division} contains starts with: two for a
     * province, four for a city, six for a county. A {@code LIKE} on it narrows a query; the
     * caller still checks {@link DivisionCode#contains}.
     *
     * @param division the division
     * @return the prefix
     */
    static String prefix(DivisionCode division) {
        String code = division.code();
        switch (division.level()) {
            case PROVINCE:
                return code.substring(0, 2);
            case PREFECTURE:
                return code.substring(0, 4);
            default:
                return code;
        }
    }
}
