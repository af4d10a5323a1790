package org.jobassist.api.subsidy;

/**
 * The size class of an enterprise (企业规模), as the statistical classification of large,
 * medium, small and micro enterprises assigns it. Medium, small and micro enterprises are
 * the SMEs (中小微企业) that several subsidies favour.
 */
public enum EnterpriseSize {
    /** A large enterprise (大型企业). */
    LARGE,
    /** A medium-sized enterprise (中型企业). */
    MEDIUM,
    /** A small enterprise (小型企业). */
    SMALL,
    /** A micro enterprise (微型企业). */
    MICRO;

    /**
     * Whether this size class is an SME: medium, small or micro.
     *
     * @return true unless {@link #LARGE}
     */
    public boolean isSme() {
        return this != LARGE;
    }
}
