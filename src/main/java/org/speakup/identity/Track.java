package org.speakup.identity;

/** Which voice a client's programme and scenarios are written in. */
public enum Track {
    ADULT,
    ADOLESCENT
}
