package org.jobassist.api.query;

import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * Who asks a query (查询人): the host's user id and the scope the host granted them. The user id
 * is an opaque host string, such as an account key; it is not personal data and is written to
 * the audit trail as given, so a host must not use a name or an ID number as user id.
 *
 * <p>Error codes of the constructor (path {@code userId}): {@code caller.user-id-blank} (blank)
 * and {@code caller.user-id-format} (longer than {@value #MAX_USER_ID_LENGTH} characters, or
 * holding control characters). Messages do not quote the id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId the host's id of the user
 * @param scope what the user may see in clear
 */
public record Caller(String userId, AccessScope scope) {

    /** The longest user id accepted. */
    public static final int MAX_USER_ID_LENGTH = 128;

    /**
     * Checks the components.
     *
     * @throws InvalidInputException {@code caller.user-id-blank} or {@code caller.user-id-format}
     * @throws NullPointerException if a component is null
     */
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scope, "scope");
        if (userId.isBlank()) {
            throw new InvalidInputException(java.util.List.of(new Violation("userId", "caller.user-id-blank",
                    "a user id must not be blank")));
        }
        if (userId.length() > MAX_USER_ID_LENGTH || userId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(java.util.List.of(new Violation("userId", "caller.user-id-format",
                    "a user id is at most " + MAX_USER_ID_LENGTH + " characters without control characters")));
        }
    }

    /**
     * A caller.
     *
     * @param userId the host's id of the user
     * @param scope what the user may see in clear
     * @return the caller
     * @throws InvalidInputException {@code caller.user-id-blank} or {@code caller.user-id-format}
     * @throws NullPointerException if an argument is null
     */
    public static Caller of(String userId, AccessScope scope) {
        return new Caller(userId, scope);
    }
}
