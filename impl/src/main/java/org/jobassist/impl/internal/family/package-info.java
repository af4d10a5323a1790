/**
 * The kinship engine behind {@link org.jobassist.impl.KinshipServices}: a compact per-person
 * index of a {@link org.jobassist.api.family.KinshipGraph} and the walks over it. Not part of
 * the published API.
 */
package org.jobassist.impl.internal.family;
