package vn.chitieu.http;

/** An indicator of the catalogue: its code, {@code RATIO} or {@code COUNT}, its Vietnamese and English names. */
public record CatalogueIndicatorJson(String code, String measure, String nameVi, String nameEn, String numerator,
        String denominator, String legalBasis) {
}
