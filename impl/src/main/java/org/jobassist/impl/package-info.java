/**
 * The entry points of the jobassist implementation: the {@code JobAssist} builder, the policy
 * packs ({@code PolicyPacks}), the kinship service ({@code KinshipServices}), the
 * zero-employment test and clearing ({@code ZeroEmploymentFamilies}) and the in-memory
 * storage default ({@code InMemoryStores}). Everything under
 * {@code org.jobassist.impl.internal} is not API.
 */
package org.jobassist.impl;
