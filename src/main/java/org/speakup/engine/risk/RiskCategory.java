package org.speakup.engine.risk;

/** What kind of danger the text speaks of. For a third party at risk it is that person's danger. */
public enum RiskCategory {
    SUICIDAL_THOUGHTS,
    SELF_HARM,
    /** Abuse, violence or threats that someone else directs at the writer (or at another person). */
    HARM_FROM_OTHERS,
    HARM_TO_OTHERS
}
