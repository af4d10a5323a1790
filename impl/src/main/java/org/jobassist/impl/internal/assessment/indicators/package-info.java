/**
 * The indicators block of an assessment: zero-employment clearing per city from the clearing
 * engine's {@link org.jobassist.api.family.OverdueReport}, subsidy totals per kind and city from
 * the entitlement ledger. Not exported; reached through
 * {@link org.jobassist.impl.AssessmentIndicators}.
 */
package org.jobassist.impl.internal.assessment.indicators;
