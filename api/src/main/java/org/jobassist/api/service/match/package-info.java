/**
 * Job matching (人岗匹配): hard filters with reason codes, an integer-point score of soft
 * factors with its explanation, the ranked matches of a person among vacancies and of a
 * vacancy among people, a batch over the people of a city, and the Employment Assistance
 * Month campaign view (就业援助月).
 *
 * <p>Every value type here is immutable and thread-safe; the indexes are thread-safe. Bad
 * input throws {@link org.jobassist.api.error.InvalidInputException} with the codes each
 * class documents; no message or {@code toString} shows personal data.
 */
package org.jobassist.api.service.match;
