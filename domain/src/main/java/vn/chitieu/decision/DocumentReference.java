package vn.chitieu.decision;

import java.time.LocalDate;

/**
 * A legal basis (căn cứ) of a decision: another document by its number, date, issuer and title,
 * e.g. "Quyết định số 3478/QĐ-UBND ngày 10/12/2021 của UBND tỉnh". When the number is that of a
 * decision stored in the system, {@code decision} links to it (set when the decision is drafted).
 */
public record DocumentReference(String number, LocalDate date, String issuer, String title, DecisionId decision) {

    public DocumentReference {
        number = DecisionTexts.optional("legalBases.number", number, DecisionTexts.SHORT);
        issuer = DecisionTexts.optional("legalBases.issuer", issuer, DecisionTexts.SHORT);
        title = DecisionTexts.optional("legalBases.title", title, DecisionTexts.LONG);
        if (number == null && title == null) {
            throw new vn.chitieu.common.InvalidInputException(vn.chitieu.common.InputProblem.at(null, 0,
                    "legalBases", null, "a legal basis needs a number or a title"));
        }
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
            throw new vn.chitieu.common.InvalidInputException(vn.chitieu.common.InputProblem.at(null, 0,
                    "legalBases.date", date.toString(), "a date between 1900 and 2999"));
        }
    }

    public DocumentReference linkedTo(DecisionId id) {
        return new DocumentReference(number, date, issuer, title, id);
    }
}
