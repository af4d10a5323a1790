/**
 * The assessment engine (考核): outcome recording with its checks, the monthly progress
 * report, reminders, and the in-memory outcome and target-plan stores. Internal: reached
 * through {@code org.jobassist.impl.Assessments} and {@code org.jobassist.impl.InMemoryStores}.
 */
package org.jobassist.impl.internal.assessment;
