package vn.chitieu.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import java.lang.reflect.AccessibleObject;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Lets picocli create commands through Guice, so that commands get their collaborators injected. The injector
 * is made the first time a class that needs it is asked for: a class without an {@code @Inject} constructor,
 * field or method (the top command, the option mixins) is made as Guice would make it, by its no-argument
 * constructor, and a command needing only files and the output by {@link PlainWiring}; so {@code chitieu
 * --version} and {@code chitieu indicators …} make no injector.
 */
final class GuiceFactory implements CommandLine.IFactory {

    private final Supplier<Injector> injectorMaker;
    /** Null when the modules are not only {@link CliModule} (a test's overrides): Guice then wires everything. */
    private final PlainWiring plain;
    private Injector injector;

    /** {@code plainWiring}: false when the modules are not only {@link CliModule} (a test's overrides). */
    GuiceFactory(Supplier<Injector> injectorMaker, boolean plainWiring) {
        this.injectorMaker = injectorMaker;
        this.plain = plainWiring ? new PlainWiring(type -> injector().getInstance(type)) : null;
    }

    private Injector injector() {
        if (injector == null) {
            injector = injectorMaker.get();
        }
        return injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (!injected(type)) {
            return CommandLine.defaultFactory().create(type);
        }
        if (plain != null) {
            K made = plain.create(type);
            if (made != null) {
                return made;
            }
        }
        try {
            return injector().getInstance(type);
        } catch (ConfigurationException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** True when {@code type} or a class above it has a constructor, field or method annotated {@code @Inject}. */
    static boolean injected(Class<?> type) {
        return classes(type).anyMatch(c -> annotated(c.getDeclaredConstructors()) || annotated(c.getDeclaredFields())
                || annotated(c.getDeclaredMethods()));
    }

    /** {@code type} and the classes above it, up to (without) {@code Object}. */
    static java.util.stream.Stream<Class<?>> classes(Class<?> type) {
        return java.util.stream.Stream.<Class<?>>iterate(type, c -> c != null && c != Object.class,
                Class::getSuperclass);
    }

    static boolean annotated(AccessibleObject[] members) {
        return java.util.Arrays.stream(members).anyMatch(GuiceFactory::inject);
    }

    /** True when {@code member} is marked for Guice to inject (Guice's or jakarta's {@code @Inject}). */
    static boolean inject(AccessibleObject member) {
        return member.isAnnotationPresent(com.google.inject.Inject.class)
                || member.isAnnotationPresent(jakarta.inject.Inject.class);
    }
}
