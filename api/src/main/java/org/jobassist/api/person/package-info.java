/**
 * Facts about a person that other agencies certify: the registries and their flags
 * ({@link org.jobassist.api.person.RegistrySource}, {@link org.jobassist.api.person.RegistryFlag}),
 * dated evidence ({@link org.jobassist.api.person.Evidence}) and social-insurance contribution
 * histories ({@link org.jobassist.api.person.ContributionHistory}), which show employment.
 * The registries themselves are SPI interfaces in {@link org.jobassist.api.spi}.
 */
package org.jobassist.api.person;
