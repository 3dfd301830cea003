package vn.chitieu.cli.output;

/** The language of headers and messages. */
public enum Lang {
    VI,
    EN;

    private final String code = name().toLowerCase(java.util.Locale.ROOT); // asked once a cell

    public String code() {
        return code;
    }

    public java.util.Locale locale() {
        return this == EN ? vn.chitieu.common.Texts.EN : vn.chitieu.common.Texts.VI;
    }

    /** How {@code code} is named for people in this language ({@link vn.chitieu.common.Texts#label}). */
    public String label(Enum<?> code) {
        return vn.chitieu.common.Texts.label(code, locale());
    }

    /** The text of {@code key} in this language ({@link vn.chitieu.common.Texts#text}). */
    public String text(String key, Object... args) {
        return vn.chitieu.common.Texts.text(key, locale(), args);
    }
}
