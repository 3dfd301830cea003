package vn.chitieu.architecture.broken.unit;

import vn.chitieu.architecture.broken.application.SamenessUseCase;

/** Broken on purpose: a domain model class that depends on the application layer. */
public class ModelCallingAUseCase {

    public boolean same(String a, String b) {
        return new SamenessUseCase().same(a, b);
    }
}
