/**
 * Jakarta Bean Validation constraints for the identifiers of this library, in the style of
 * Hibernate Validator's national-ID constraints, with their validators. Messages are shipped in
 * {@code ContributorValidationMessages.properties} (with {@code _zh_CN} and {@code _en}).
 */
package org.jobassist.api.constraints;
