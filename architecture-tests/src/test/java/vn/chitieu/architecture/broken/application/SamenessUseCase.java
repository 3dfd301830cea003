package vn.chitieu.architecture.broken.application;

/** Not broken: a use case of the broken tree's application layer, so its layer is not empty. */
public final class SamenessUseCase {

    public boolean same(String a, String b) {
        return a.equals(b);
    }
}
