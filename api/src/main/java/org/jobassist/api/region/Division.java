package org.jobassist.api.region;

import java.util.Objects;

/**
 * An administrative division (行政区划) of GB/T 2260: its code and its names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the division code; never null
 * @param nameZh the Chinese name, such as {@code 辽中区}; never blank
 * @param nameEn the English name, such as {@code Liaozhong District}; never blank
 */
public record Division(DivisionCode code, String nameZh, String nameEn) {

    /**
     * Creates a division.
     *
     * @param code the division code
     * @param nameZh the Chinese name
     * @param nameEn the English name
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (nameZh.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("division names must not be blank");
        }
    }

    /**
     * The level of this division, read from its code.
     *
     * @return the level
     */
    public DivisionLevel level() {
        return code.level();
    }
}
