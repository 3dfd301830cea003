package vn.chitieu.cli;

import com.google.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import vn.chitieu.cli.output.JsonMapper;
import vn.chitieu.indicator.IndicatorCatalogue;

/**
 * The composition root's wiring of a command that needs nothing but files, the output and the built-in
 * catalogue ({@code indicators}, {@code resolve}, {@code allocate}, {@code cascade}, {@code import-appendix}, {@code score}),
 * without a Guice injector: Guice and Guava load some 600 classes (about half a second of every start) that such
 * a command never uses. A class is made as Guice makes it: by its {@code @Inject} constructor (or, for a
 * parameter, its no-argument one), each parameter a concrete class of this adapter made the same way, the
 * built-in {@link IndicatorCatalogue} (as {@link CliModule} binds it), a provider of the JSON mapper
 * ({@link JsonMapper}, one a run as Guice's singleton), or a provider of any other class, which asks Guice (making
 * its injector) when it is first called. A class needing anything else directly (the storage, a use case, the
 * demo's steps, an injected method) is not plain: {@link #create} returns null and Guice wires it. An {@code @Inject} field is set
 * as Guice sets it.
 */
final class PlainWiring {

    private static final String ADAPTER = "vn.chitieu.cli.";

    /** Guice's instance of a class: what a {@code Provider} made here answers, asked for only when it is called. */
    private final java.util.function.Function<Class<?>, Object> guice;
    private Object json;

    PlainWiring(java.util.function.Function<Class<?>, Object> guice) {
        this.guice = guice;
    }

    /** {@code type} wired without Guice, or null when it needs Guice's modules. */
    <K> K create(Class<K> type) throws ReflectiveOperationException {
        return plain(type, 0) ? make(type) : null;
    }

    /** True when {@code type} and everything its constructor takes can be made here. */
    private boolean plain(Class<?> type, int depth) {
        if (depth > 8 || type.isInterface() || Modifier.isAbstract(type.getModifiers())
                || !type.getName().startsWith(ADAPTER) || injectedMethods(type)) {
            return false;
        }
        Constructor<?> c = constructor(type);
        if (c == null) {
            return false;
        }
        List<Type> needs = new ArrayList<>(List.of(c.getGenericParameterTypes()));
        for (Field f : injectedFields(type)) {
            needs.add(f.getGenericType());
        }
        for (Type p : needs) {
            if (p == IndicatorCatalogue.class || isJsonProvider(p) || providedClass(p) != null) {
                continue;
            }
            if (!(p instanceof Class<?> k) || !plain(k, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The fields Guice would set ({@code @Inject}), of {@code type} and the classes above it. */
    private static List<Field> injectedFields(Class<?> type) {
        return GuiceFactory.classes(type).flatMap(c -> java.util.Arrays.stream(c.getDeclaredFields()))
                .filter(GuiceFactory::inject).toList();
    }

    /** True when a method of {@code type} or above is {@code @Inject}: left to Guice. */
    private static boolean injectedMethods(Class<?> type) {
        return GuiceFactory.classes(type).anyMatch(c -> GuiceFactory.annotated(c.getDeclaredMethods()));
    }

    /** A {@code Provider<ObjectMapper>}, told by name: comparing with the class would load Jackson. */
    private static boolean isJsonProvider(Type p) {
        return p instanceof ParameterizedType t && t.getRawType() == Provider.class
                && t.getActualTypeArguments()[0].getTypeName().equals("com.fasterxml.jackson.databind.ObjectMapper");
    }

    /**
     * The class of a {@code Provider<T>} other than the JSON mapper's, else null: made by Guice when the
     * provider is first called ({@code score} of files never calls its storage's, so it starts without Guice).
     */
    private static Class<?> providedClass(Type p) {
        return p instanceof ParameterizedType t && t.getRawType() == Provider.class && !isJsonProvider(p)
                && t.getActualTypeArguments()[0] instanceof Class<?> k ? k : null;
    }

    /** The constructor Guice would call: the one marked {@code @Inject}, else a no-argument one; null if none. */
    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?> noArgument = null;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (GuiceFactory.inject(c)) {
                return c;
            }
            if (c.getParameterCount() == 0) {
                noArgument = c;
            }
        }
        return noArgument;
    }

    private <K> K make(Class<K> type) throws ReflectiveOperationException {
        Constructor<?> c = constructor(type);
        Type[] parameters = c.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = value(parameters[i]);
        }
        c.setAccessible(true);
        K made = type.cast(c.newInstance(arguments));
        for (Field f : injectedFields(type)) {
            f.setAccessible(true);
            f.set(made, value(f.getGenericType()));
        }
        return made;
    }

    /** What Guice would inject for {@code p}: the built-in catalogue, a provider, or a plain class made here. */
    private Object value(Type p) throws ReflectiveOperationException {
        if (p == IndicatorCatalogue.class) {
            return IndicatorCatalogue.builtIn();
        }
        if (isJsonProvider(p)) {
            return (Provider<Object>) this::json;
        }
        Class<?> provided = providedClass(p);
        if (provided != null) {
            return (Provider<Object>) () -> guice.apply(provided);
        }
        return make((Class<?>) p);
    }

    /** One mapper a run, as Guice's singleton ({@link CliModule}), made for the first JSON document. */
    private Object json() {
        if (json == null) {
            json = JsonMapper.mapper();
        }
        return json;
    }
}
