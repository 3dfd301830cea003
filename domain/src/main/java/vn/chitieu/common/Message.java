package vn.chitieu.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for people as a key of the {@link Texts} bundle and its arguments, rendered in the
 * reader's language when it is shown ({@link #text}); {@link #english} is the default text
 * (exception messages, logs). An argument that is itself a message or a code ({@code UnitKind})
 * is rendered in the same language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public String text(Locale locale) {
        return Texts.text(key, locale, args.toArray());
    }

    public String english() {
        return text(Texts.EN);
    }

    @Override
    public String toString() {
        return english();
    }
}
