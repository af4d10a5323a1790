/**
 * Generators for the assistance-services model: a realistic list of skills and trades, needs
 * profiles, vacancies (also pairs near the matching filters' thresholds), service records and
 * referrals, placed in the districts of the 14 cities of the built-in division table.
 */
package org.jobassist.testkit.service;
