/**
 * Assessment (考核) of the yearly target of helping people with employment difficulties into
 * work: the target plan and its schedule curve, the employment outcomes counted towards it,
 * the monthly progress report of the 14 cities and the province, channel and category-subset
 * shares, and the reminders to cities behind schedule.
 *
 * <p>Every figure is an exact count or an exact {@link org.jobassist.api.money.Ratio}; a share
 * is rounded only when formatted for display, half-up to one decimal of a percent.
 */
package org.jobassist.api.assessment;
