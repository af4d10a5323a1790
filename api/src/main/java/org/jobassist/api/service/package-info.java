/**
 * Assistance services (就业援助服务): needs profiles of recognised people, vacancies and
 * recruitment events, service records against a per-year service standard, and referrals of
 * vacancies to people with their outcomes.
 *
 * <p>Every type here is immutable and thread-safe; builders check every field at once and
 * throw {@link org.jobassist.api.error.InvalidInputException} with stable kebab-case codes
 * documented in each class. No message or {@code toString} shows personal data.
 */
package org.jobassist.api.service;
