/**
 * Jackson 2 support: {@link org.jobassist.impl.jackson.JobAssistModule} gives every value
 * type of the API its JSON form (the canonical string for scalar values) and
 * {@link org.jobassist.impl.jackson.InvalidValueException} reports malformed values with their
 * JSON path and stable error code. See {@code docs/json.md}.
 */
package org.jobassist.impl.jackson;
