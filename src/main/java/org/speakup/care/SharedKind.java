package org.speakup.care;

/** The kinds of data a client can choose to share with a linked therapist. */
public enum SharedKind {
    /** The words that triggered a safety alert, not just that an alert happened. */
    RISK_TEXT,
    SAFETY_PLAN,
    /** Role-play transcripts and their summaries. */
    TRANSCRIPTS
}
