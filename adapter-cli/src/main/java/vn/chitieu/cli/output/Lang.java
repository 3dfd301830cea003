package vn.chitieu.cli.output;

/** The language of headers and messages. */
public enum Lang {
    VI,
    EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
