/**
 * The entry point of the jobassist implementation: the {@code JobAssist} builder and the
 * policy packs. Everything under {@code org.jobassist.impl.internal} is not API.
 */
package org.jobassist.impl;
