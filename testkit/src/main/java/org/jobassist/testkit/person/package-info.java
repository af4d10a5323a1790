/**
 * Generators of what other agencies certify about people: dated registry evidence
 * ({@link org.jobassist.testkit.person.Evidences}) valid, expired, not yet valid or withdrawn
 * on a given day, and social-insurance contribution histories
 * ({@link org.jobassist.testkit.person.Contributions}) whose last employer-paid month lies a
 * chosen number of months before a given day, around the 12-month threshold.
 */
package org.jobassist.testkit.person;
