package vn.chitieu.http;

import java.time.LocalDate;

/** A legal basis (căn cứ): number, date, issuer, title; {@code decision}: the stored decision it names, if any. */
public record LegalBaseJson(String number, LocalDate date, String issuer, String title, String decision) {
}
