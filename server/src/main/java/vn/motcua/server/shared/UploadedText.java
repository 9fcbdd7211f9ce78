package vn.motcua.server.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * A text file sent as a request body (a CSV import), which neither Jackson nor the query filter sees: held to the
 * same checks as every other input and normalised to NFC the same way (see {@link CleanInput}). Read strictly as
 * UTF-8, because a spreadsheet saved in Windows-1258 or Latin-1 would otherwise be stored with replacement
 * characters in place of every Vietnamese letter.
 */
@Component
public class UploadedText {

    /** The file cannot be taken; the message, in the caller's language, says why and on which line. */
    public static final class Unreadable extends Exception {

        private final long line;
        private final String reason;

        Unreadable(long line, String reason, String message) {
            super(message);
            this.line = line;
            this.reason = reason;
        }

        /** Numbered from 1, as an editor or a spreadsheet numbers them. */
        public long line() {
            return line;
        }

        /** The message without the line. */
        public String reason() {
            return reason;
        }
    }

    private final ProblemText text;

    UploadedText(ProblemText text) {
        this.text = text;
    }

    public String read(byte[] body) throws Unreadable {
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String decoded;
        try {
            decoded = decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the first byte it cannot read; a line break is one byte in UTF-8
            throw unreadable(linesBefore(body, bytes.position()), "NOT_UTF_8");
        }
        int flawAt = CleanInput.firstFlawAt(decoded);
        if (flawAt >= 0) {
            throw unreadable(
                    decoded.substring(0, flawAt).chars().filter(c -> c == '\n').count() + 1,
                    CleanInput.flawOfText(decoded).name());
        }
        return CleanInput.nfc(decoded);
    }

    private Unreadable unreadable(long line, String flaw) {
        String reason = text.text("problem.badInput." + flaw);
        return new Unreadable(line, reason, text.text("problem.badUpload", line, reason));
    }

    private static long linesBefore(byte[] body, int end) {
        long lines = 1;
        for (int i = 0; i < end; i++) {
            if (body[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
