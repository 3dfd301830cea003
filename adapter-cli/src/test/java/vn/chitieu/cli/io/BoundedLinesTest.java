package vn.chitieu.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BoundedLines} cuts lines as {@link BufferedReader#readLine} does, across its buffer, and bounds them. */
class BoundedLinesTest {

    private static List<String> readLine(String text) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(new StringReader(text));
        for (String l; (l = in.readLine()) != null;) {
            out.add(l);
        }
        return out;
    }

    private static List<String> bounded(String text, int max) throws IOException {
        List<String> out = new ArrayList<>();
        BoundedLines in = new BoundedLines(new StringReader(text), max);
        for (String l; (l = in.next()) != null;) {
            out.add(in.tooLong() ? "!too long" : l);
        }
        return out;
    }

    @Test
    void everyLineBreakAndBufferEdgeAsReadLine() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        String[] breaks = {"\n", "\r", "\r\n", "\n\n", "\r\r\n"};
        for (int round = 0; round < 30; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 200_000) {
                text.append("x".repeat(random.nextInt(round < 10 ? 20 : 70_000)));
                text.append(breaks[random.nextInt(breaks.length)]);
            }
            if (round % 2 == 0) {
                text.append("the last line, without a break");
            }
            assertThat(bounded(text.toString(), Integer.MAX_VALUE)).as("round " + round).isEqualTo(readLine(text.toString()));
        }
        for (String edge : new String[] {"", "\n", "\r", "\r\n", "a", "a\r", "\n\na", "é\r\nü"}) {
            assertThat(bounded(edge, Integer.MAX_VALUE)).as("'" + edge + "'").isEqualTo(readLine(edge));
        }
    }

    @Test
    void aLineLongerThanTheBoundIsReadPastAndTheNextOnesAreRead() throws IOException {
        String text = "short\n" + "y".repeat(150_000) + "\r\nafter\n" + "z".repeat(11) + "\nend";

        assertThat(bounded(text, 10)).containsExactly("short", "!too long", "after", "!too long", "end");
        assertThat(bounded(text, 200_000)).containsExactly("short", "y".repeat(150_000), "after", "z".repeat(11), "end");
    }
}
