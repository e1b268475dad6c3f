package org.speakup.engine.marker;

/** Which way a marker pulls a reply. */
public enum Leaning {
    PASSIVE,
    AGGRESSIVE,
    PASSIVE_AGGRESSIVE,
    /** A strength of assertive communication. */
    ASSERTIVE
}
