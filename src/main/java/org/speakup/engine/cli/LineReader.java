package org.speakup.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads input line by line as bytes and decodes each line on its own, so one line of invalid UTF-8 becomes one error
 * line instead of spoiling the whole run.
 */
final class LineReader {

    /** One input line: its text, or why it could not be decoded. */
    record Line(@Nullable String text, @Nullable String error) {}

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean ended;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of input. */
    @Nullable
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        buffer.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            buffer.write(b);
        }
        if (b == -1) {
            ended = true;
            if (buffer.size() == 0) {
                return null;
            }
        }
        return decode(buffer.toByteArray());
    }

    private Line decode(byte[] bytes) {
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return new Line(decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(null, "line is not valid UTF-8");
        }
    }
}
