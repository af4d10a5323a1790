package org.jobassist.api.assessment;

/**
 * The placement channel of an employment outcome (安置渠道). The channels are exclusive: an
 * outcome has exactly one.
 *
 * <p>Immutable and thread-safe.
 */
public enum Channel {
    /** Hired by an employer (单位就业). */
    EMPLOYER("employer", "单位就业"),
    /** Flexible employment or self-employment (灵活就业和自主创业). */
    FLEXIBLE_OR_SELF_EMPLOYMENT("flexible-or-self-employment", "灵活就业和自主创业"),
    /** Placed in a public welfare post (公益性岗位安置). */
    PUBLIC_WELFARE_POST("public-welfare-post", "公益性岗位安置");

    private final String code;
    private final String nameZh;

    Channel(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /**
     * The stable kebab-case code, for JSON and CSV.
     *
     * @return the code, such as {@code public-welfare-post}
     */
    public String code() {
        return code;
    }

    /**
     * The Chinese name used in reports.
     *
     * @return the name, such as {@code 单位就业}
     */
    public String nameZh() {
        return nameZh;
    }
}
