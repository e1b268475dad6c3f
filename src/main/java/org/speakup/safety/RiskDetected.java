package org.speakup.safety;

import java.time.Instant;
import java.util.UUID;
import org.speakup.identity.AccountId;

/** Something a client wrote (or answered) suggests they may be at risk. Carries no text. */
public record RiskDetected(UUID riskEventId, AccountId client, String category, TextSource source, Instant at) {}
