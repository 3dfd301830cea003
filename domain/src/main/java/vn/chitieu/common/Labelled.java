package vn.chitieu.common;

/** A code that carries its own Vietnamese and English labels ({@link Texts#label} uses them). */
public interface Labelled {

    /** The label in {@code lang} ({@code "vi"} or {@code "en"}). */
    String label(String lang);
}
