package vn.chitieu.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;

/**
 * The text side of reading a delimited file, shared by every adapter that parses one: strict
 * UTF-8 (an invalid byte is an error naming its line, never a replacement character), the BOM
 * removed, and the separator of Vietnamese-locale Excel exports (comma, semicolon or tab)
 * detected from the header line.
 */
public final class DelimitedText {

    private DelimitedText() {
    }

    /** {@code bytes} as text: strict UTF-8, BOM removed; {@code source} names the input in errors. */
    public static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(InputProblem.at(source, line, null, String.format("0x%02X", bytes[bad]),
                    "not valid UTF-8 (byte " + (bad + 1) + "); save or send it as UTF-8 (CSV UTF-8 in Excel)"));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of the header line: the most frequent of ',', ';' and tab outside quotes (comma on a tie). */
    public static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
