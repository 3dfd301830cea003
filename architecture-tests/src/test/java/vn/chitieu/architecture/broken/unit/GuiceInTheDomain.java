package vn.chitieu.architecture.broken.unit;

import com.google.inject.Inject;
import vn.chitieu.architecture.broken.cli.LeakyCli;

/** Broken on purpose: a domain class that uses Guice and an adapter. */
public class GuiceInTheDomain {

    @Inject
    public GuiceInTheDomain() {
    }

    public String leak() {
        return new LeakyCli().toString();
    }
}
