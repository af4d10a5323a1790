package org.jobassist.api.family;

/**
 * Whether a household register is urban or rural (城镇户口 / 农村户口). The zero-employment test
 * is an urban test: a rural register does not qualify.
 */
public enum Registration {
    /** An urban household register. */
    URBAN,
    /** A rural household register. */
    RURAL
}
