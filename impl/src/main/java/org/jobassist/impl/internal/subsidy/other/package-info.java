/**
 * The other subsidy calculators: the one-time start-up and hiring subsidies, the
 * guarantee-loan interest subsidy, the vocational training and skill-upgrade subsidies and
 * the one-time job-search subsidy. Not exported; reached through
 * {@link org.jobassist.impl.Subsidies}.
 */
package org.jobassist.impl.internal.subsidy.other;
