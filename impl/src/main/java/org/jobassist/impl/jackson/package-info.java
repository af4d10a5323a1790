/**
 * Jackson 2 support: {@link org.jobassist.impl.jackson.JobAssistModule} serialises every
 * value type of the API as its canonical string.
 */
package org.jobassist.impl.jackson;
