/**
 * Renderers of assessment reports: the aligned text table, RFC 4180 CSV and a standalone SVG
 * bar chart, with the shared display of percentages and city names. Not exported; reached
 * through {@link org.jobassist.impl.AssessmentReports}.
 */
package org.jobassist.impl.internal.assessment.render;
