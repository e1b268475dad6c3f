package org.speakup.engine.rewrite;

/** The slot of the Assertive Formula (when… / I feel… / because… / I'd like… / offer) a kept sentence fills. */
enum SentenceRole {
    FEELING,
    ASK,
    OFFER,
    BENEFIT,
    FACT,
    /** Hostile or self-defeating: left out of the rewrite. */
    DROP
}
