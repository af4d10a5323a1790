package org.jobassist.api.family;

/**
 * Why a person on a household register was not counted as a working-age member of a
 * zero-employment family. A person may have several reasons; all that apply are reported.
 * Which of {@link #PAST_RETIREMENT}, {@link #IN_SCHOOL} and {@link #ACTIVE_SERVICE} exclude
 * a person is set by the policy pack ({@code zero-employment-family.not-working-age}), whose
 * codes are these constants' names.
 */
public enum ExclusionReason {
    /** Not a family member of the household head under Civil Code Art. 1045; nothing else is assessed. */
    NOT_FAMILY_MEMBER,
    /** Younger than the pack's working-age threshold (16) on the date asked. */
    UNDER_WORKING_AGE,
    /** Of statutory retirement age on the date asked, under the law then in force. */
    PAST_RETIREMENT,
    /** A student in school. */
    IN_SCHOOL,
    /** In active military service. */
    ACTIVE_SERVICE,
    /** Employed on the date asked. */
    EMPLOYED,
    /** Not able to work. */
    UNABLE_TO_WORK,
    /** Does not want a job. */
    NOT_WILLING
}
