/**
 * Dates and periods of the domain: inclusive date ranges and statutory retirement
 * (法定退休年龄) before and after the 2024 reform.
 */
package org.jobassist.api.time;
