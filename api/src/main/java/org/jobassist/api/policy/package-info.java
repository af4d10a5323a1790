/**
 * Policy packs: versioned documents of dated, jurisdiction-scoped values (amounts, ratios,
 * counts, durations, dates, code sets), each with a legal basis. Every number a government
 * can change is read from a pack as of a date, never hard-coded.
 */
package org.jobassist.api.policy;
