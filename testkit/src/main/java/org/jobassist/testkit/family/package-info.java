/**
 * Generators of kinship graphs (亲属关系图): realistic families of one to four generations,
 * valid by construction. The entry point is {@link org.jobassist.testkit.family.Families}.
 */
package org.jobassist.testkit.family;
