/**
 * The province-wide query of the policies a person has enjoyed (全省享受政策查询), with the
 * caller's access scope enforced and every query audited.
 *
 * <p>A {@link org.jobassist.api.query.Caller} carries an opaque user id and an
 * {@link org.jobassist.api.query.AccessScope}: the whole province, or one prefecture-level
 * city. The answer, {@link org.jobassist.api.query.EnjoyedPolicies}, shows the person masked,
 * the records of the cities in scope in full (ledger payments grouped by kind, the
 * recognition record when the person lives in scope) and, for the rest, only an
 * {@link org.jobassist.api.query.OtherCities} notice: how many other cities hold records and
 * of which kinds, never an amount or a date. Each query hands one
 * {@link org.jobassist.api.query.AuditEvent} to the host's
 * {@link org.jobassist.api.spi.AuditSink} before it answers; if the sink fails, the query
 * fails ({@link org.jobassist.api.query.AuditFailedException}) and nothing is disclosed.
 */
package org.jobassist.api.query;
