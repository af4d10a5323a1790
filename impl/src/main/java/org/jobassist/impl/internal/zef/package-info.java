/**
 * The zero-employment family engines: the test ({@link org.jobassist.api.family.ZeroEmploymentTest})
 * and dynamic clearing ({@link org.jobassist.api.family.ZeroEmploymentClearing}). Not exported;
 * reached through {@link org.jobassist.impl.ZeroEmploymentFamilies}.
 */
package org.jobassist.impl.internal.zef;
