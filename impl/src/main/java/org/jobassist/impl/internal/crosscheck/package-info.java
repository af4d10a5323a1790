/**
 * The engines of classified management and the cross-check, behind
 * {@code org.jobassist.impl.CrossChecks}.
 */
package org.jobassist.impl.internal.crosscheck;
