package org.speakup.engine;

/** The reply cannot be analysed as given; the message says why in words a user can act on. */
public final class InvalidReplyException extends IllegalArgumentException {

    public InvalidReplyException(String message) {
        super(message);
    }
}
