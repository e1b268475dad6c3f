package org.speakup.practice;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.speakup.identity.AccountId;

/** A role-play reached its end (or the turn limit, when {@code ending} is null). */
public record PracticeSessionFinished(
        UUID sessionId,
        AccountId client,
        String scenarioId,
        String skill,
        int difficulty,
        @Nullable String ending) {}
