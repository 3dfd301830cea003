package vn.chitieu.http;

import java.time.LocalDate;

/** {@code POST …/issue}: the official number, who signed and when. */
public record IssueRequestJson(String number, String signer, LocalDate signedOn) {
}
