package org.jobassist.api.subsidy;

/**
 * The sector of an enterprise applying for the work-for-training subsidy. The pack's
 * {@code work-for-training.sectors} names the sectors whose enterprises qualify whatever
 * their size (the sectors hit hardest by the epidemic).
 */
public enum WorkForTrainingSector {
    /** Foreign trade (外贸). */
    FOREIGN_TRADE,
    /** Accommodation and catering (住宿餐饮). */
    ACCOMMODATION_AND_CATERING,
    /** Culture and tourism (文化旅游). */
    CULTURE_AND_TOURISM,
    /** Transport (交通运输). */
    TRANSPORT,
    /** Wholesale and retail (批发零售). */
    WHOLESALE_AND_RETAIL,
    /** Any other sector. */
    OTHER
}
