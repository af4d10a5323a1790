package org.jobassist.api.service;

/** What became of a service offered to a person. */
public enum ServiceOutcome {
    /** The service was given and taken up. */
    DELIVERED,
    /** The person refused the service (拒绝). */
    REFUSED,
    /** The person could not be reached or did not answer. */
    NO_ANSWER
}
