package vn.chitieu.audit;

import vn.chitieu.text.VietnameseText;

/** Who made a change, as the audit log names them: a user, a token's owner, or a tool run by someone. */
public record Actor(String name) {

    public Actor {
        name = VietnameseText.nfc(name);
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("an actor's name has at most 200 characters");
        }
    }

    public static Actor of(String name) {
        return new Actor(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
