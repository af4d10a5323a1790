/**
 * What the monthly subsidy calculators share: the entitlement fixed at first approval (the
 * normal duration, or until statutory retirement when little time is left), the outcome of
 * one month, and the grouping of granted months into decisions of one monthly amount. Not
 * exported.
 */
package org.jobassist.impl.internal.subsidy.monthly;
