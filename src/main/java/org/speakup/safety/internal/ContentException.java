package org.speakup.safety.internal;

/** A content file is broken; the message names the file and the field, so it can be fixed. */
public class ContentException extends IllegalStateException {

    public ContentException(String file, String field, String problem) {
        super("Content file " + file + ": field '" + field + "' " + problem);
    }
}
