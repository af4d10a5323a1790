/**
 * Generators of subsidy inputs: enterprises near the job-stabilisation thresholds,
 * work-for-training cases and unemployment-insurance reduction periods.
 */
package org.jobassist.testkit.subsidy;
