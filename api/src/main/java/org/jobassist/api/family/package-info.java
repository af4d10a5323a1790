/**
 * Kinship under the Civil Code of the PRC (民法典), Art. 1045: a dated graph of people,
 * marriages, parent–child relations and living-together facts ({@link
 * org.jobassist.api.family.KinshipGraph}), the relations derived from it ({@link
 * org.jobassist.api.family.Kinship}) and the service that answers, as of a date, how two
 * people are related and who are a person's relatives, close relatives and family members
 * ({@link org.jobassist.api.family.KinshipService}).
 */
package org.jobassist.api.family;
