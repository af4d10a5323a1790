/**
 * The public-welfare-post subsidy calculator (公益性岗位补贴). Not exported; reached through
 * {@link org.jobassist.impl.Subsidies}.
 */
package org.jobassist.impl.internal.subsidy.pwp;
