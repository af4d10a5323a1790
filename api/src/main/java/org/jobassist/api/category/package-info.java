/**
 * The category catalogue of people with employment difficulties (就业困难人员) as dated
 * policy: {@link org.jobassist.api.category.CategoryCatalogues} holds the versions of a
 * province's catalogue, each a {@link org.jobassist.api.category.CategoryCatalogue} of
 * {@link org.jobassist.api.category.Category categories} whose tests are
 * {@link org.jobassist.api.category.Condition conditions} from a small typed vocabulary.
 * A policy pack defines them in JSON; this package only states them.
 */
package org.jobassist.api.category;
