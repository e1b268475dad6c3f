package org.speakup.practice.scenario;

/**
 * One thing wrong with a scenario: which file or upload it is in, the path of the field inside the
 * scenario (for example steps.first_test.next.assertive, or the whole file when the text cannot be
 * read at all) and a plain message for the author.
 */
public record ScenarioProblem(String source, String field, String message) {

    /** The field used when the problem is with the whole text, not one field in it. */
    public static final String WHOLE_FILE = "(file)";

    /** One line for logs and start-up errors: the file, the field and the message. */
    public String describe() {
        return source + ": " + field + ": " + message;
    }
}
