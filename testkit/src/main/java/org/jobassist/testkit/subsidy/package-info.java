/**
 * Generators for subsidies (补贴): employment spells, contribution histories and whole
 * calculator cases drawn near the thresholds that matter; enterprises near the
 * job-stabilisation thresholds, work-for-training cases and unemployment-insurance reduction
 * periods; entitlement-ledger batches valid against the standard ledger rules; vocational
 * training, skill-upgrade and job-search cases.
 */
package org.jobassist.testkit.subsidy;
