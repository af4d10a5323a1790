/**
 * The assistance-services engine (就业援助服务): plan status against the service standard, the
 * referral and service history that feeds recognition, and the in-memory stores of profiles,
 * vacancies, recruitment events, service records and referrals. Internal: reached through
 * {@code org.jobassist.impl.ServicePlans}, {@code org.jobassist.impl.ServiceHistories} and
 * {@code org.jobassist.impl.InMemoryStores}.
 */
package org.jobassist.impl.internal.service;
