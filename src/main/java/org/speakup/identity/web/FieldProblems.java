package org.speakup.identity.web;

import org.speakup.identity.internal.FieldProblem;
import org.springframework.validation.BindingResult;

final class FieldProblems {

    private FieldProblems() {}

    static void attach(FieldProblem problem, BindingResult result) {
        result.rejectValue(
                problem.field(), problem.messageKey(), problem.arguments().toArray(), problem.messageKey());
    }
}
