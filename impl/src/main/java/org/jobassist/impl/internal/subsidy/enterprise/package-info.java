/**
 * The enterprise subsidy calculators: the job-stabilisation refund, the work-for-training
 * subsidy and the unemployment-insurance premium reduction. Not exported; reached through
 * {@link org.jobassist.impl.Subsidies}.
 */
package org.jobassist.impl.internal.subsidy.enterprise;
