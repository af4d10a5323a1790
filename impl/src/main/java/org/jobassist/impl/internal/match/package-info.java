/**
 * The job-matching engine: the scoring of one pair ({@link org.jobassist.impl.internal.match.MatchEvaluator}),
 * the column indexes over vacancies and profiles, the batch and the campaign view. Internal:
 * reached through {@code org.jobassist.impl.JobMatching} and
 * {@code org.jobassist.impl.AssistanceCampaigns}.
 */
package org.jobassist.impl.internal.match;
