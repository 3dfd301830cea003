/**
 * Versioned national scoring profiles over the indicators computed from dossiers (domain.md §9), e.g.
 * {@code 766-2022}: the criteria of Decision 766/QĐ-TTg with their maxima and full-point thresholds,
 * read from {@code /vn/chitieu/profiles/ID.csv}. A criterion the dossiers cannot compute is "not
 * computed", never 0 points, and the total says over how many computable points it is.
 */
package vn.chitieu.dossier.profile;
