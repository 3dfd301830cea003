package vn.chitieu.common;

/**
 * Well-formed input that a domain rule refuses (an infeasible cascade, a target below a legal
 * minimum, editing an issued decision). Adapters map it to exit code 1 (CLI) or 409/422 (HTTP).
 */
public abstract class DomainRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainRefusal(String message) {
        super(message);
    }

    /** The message in {@code locale}: the English one as the bundle translates it ({@link Texts#translate}). */
    public String message(java.util.Locale locale) {
        return Texts.translate(getMessage(), locale);
    }

    /** The name of {@link #code} for people, in {@code locale} (the code itself when it has none). */
    public String title(java.util.Locale locale) {
        String key = "refusal." + code();
        return Texts.has(key) ? Texts.text(key, locale) : code();
    }

    /** A stable upper-case code for machines, e.g. {@code INFEASIBLE_TARGET}. */
    public abstract String code();
}
