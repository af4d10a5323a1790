package org.jobassist.api.service.match;

/**
 * A hard filter of job matching (硬性条件): a vacancy that fails one is never proposed to the
 * person, whatever its score. Each filter has a stable reason code, reported when it fails,
 * and the rule id of its node in a match's explanation.
 *
 * <p>The filters are checked in declaration order; a check reports every filter that fails.
 */
public enum MatchFilter {
    /** The vacancy is not open on the date asked about. */
    CLOSED("match.closed", "service.match.open"),
    /** The person lacks a skill the vacancy requires (a certified skill counts as held). */
    SKILLS_MISSING("match.skills-missing", "service.match.skills"),
    /** The person lacks a certificate the vacancy requires. */
    CERTIFICATE_MISSING("match.certificate-missing", "service.match.certificates"),
    /** The person needs disability accommodation and the vacancy does not suit disabled people. */
    ACCOMMODATION("match.accommodation", "service.match.accommodation"),
    /** The vacancy's daily hours exceed the person's limit. */
    HOURS("match.hours", "service.match.hours"),
    /** The person works day shifts only and the vacancy has night shifts. */
    NIGHT_SHIFT("match.night-shift", "service.match.night-shift"),
    /**
     * The vacancy is a public welfare post (公益性岗位) and the person is not of a group
     * eligible for one.
     */
    PUBLIC_WELFARE_POST_NOT_ELIGIBLE("match.public-welfare-post-not-eligible", "service.match.public-welfare-post"),
    /**
     * The vacancy is farther from the person's home than the person's commute limit, or than
     * the default limit when the person states none.
     */
    TOO_FAR("match.too-far", "service.match.distance");

    private final String code;
    private final String rule;

    MatchFilter(String code, String rule) {
        this.code = code;
        this.rule = rule;
    }

    /**
     * The stable reason code reported when this filter fails, such as
     * {@code match.skills-missing}.
     *
     * @return the reason code
     */
    public String code() {
        return code;
    }

    /**
     * The rule id of this filter's node in a match's explanation, such as
     * {@code service.match.skills}.
     *
     * @return the rule id
     */
    public String rule() {
        return rule;
    }
}
