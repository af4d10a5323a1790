/**
 * Generators for the assessment (考核): illustrative target plans ({@link
 * org.jobassist.testkit.assessment.TargetPlans}) and a year of employment outcomes across the
 * 14 cities with controllable lagging cities ({@link org.jobassist.testkit.assessment.Outcomes}).
 */
package org.jobassist.testkit.assessment;
