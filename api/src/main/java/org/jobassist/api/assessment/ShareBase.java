package org.jobassist.api.assessment;

/**
 * The denominator a share is computed against. The news item's shares are computed against
 * the channel total, not against the headline figure, so that is the default.
 *
 * <p>Immutable and thread-safe.
 */
public enum ShareBase {
    /** The number of counted outcomes over all channels (渠道合计). */
    CHANNEL_TOTAL("channel total"),
    /** The province target of the plan (目标任务). */
    PROVINCE_TARGET("province target");

    private final String label;

    ShareBase(String label) {
        this.label = label;
    }

    /**
     * The name of the denominator, as a share reports it.
     *
     * @return the name, such as {@code channel total}
     */
    public String label() {
        return label;
    }
}
