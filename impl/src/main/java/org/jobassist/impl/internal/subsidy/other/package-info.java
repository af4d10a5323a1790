/**
 * The other subsidy calculators: the one-time start-up and hiring subsidies and the
 * guarantee-loan interest subsidy. Not exported; reached through
 * {@link org.jobassist.impl.Subsidies}.
 */
package org.jobassist.impl.internal.subsidy.other;
