package vn.chitieu.http;

import java.time.LocalDate;

/** A task of a decision: its text, its assignee ({@code unit} or {@code group}) and its deadline. */
public record TaskJson(String text, String unit, UnitGroupJson group, LocalDate deadline) {
}
