package vn.chitieu.decision;

import java.util.UUID;

/** A decision's identity in storage, independent of its official number (drafts have none). */
public record DecisionId(UUID value) {

    public DecisionId {
        if (value == null) {
            throw new IllegalArgumentException("a decision id cannot be null");
        }
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    public static DecisionId parse(String text) {
        try {
            return new DecisionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a decision id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
