/**
 * Test helpers for the audited province-wide query: an in-memory
 * {@link org.jobassist.api.spi.AuditSink} that records events in order.
 */
package org.jobassist.testkit.query;
