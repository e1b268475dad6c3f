package org.speakup.identity.internal;

import java.util.List;

/** A reason to refuse a form, tied to the field it is about, as a message key with arguments. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }

    public static FieldProblem password(PasswordPolicy.Problem problem) {
        return of(
                "password",
                "password.problem." + problem.name().toLowerCase(java.util.Locale.ROOT),
                PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH);
    }
}
