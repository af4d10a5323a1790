/**
 * The social-insurance subsidy calculator (社会保险补贴), employer and flexible-employment
 * shapes. Not exported; reached through {@link org.jobassist.impl.Subsidies}.
 */
package org.jobassist.impl.internal.subsidy.si;
