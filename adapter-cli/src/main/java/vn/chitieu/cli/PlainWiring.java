package vn.chitieu.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import vn.chitieu.cli.output.JsonMapper;
import vn.chitieu.indicator.IndicatorCatalogue;

/**
 * The composition root's wiring of a command that needs nothing but files, the output and the built-in
 * catalogue ({@code indicators}, {@code resolve}, {@code allocate}, {@code cascade}, {@code import-appendix}),
 * without a Guice injector: Guice and Guava load some 600 classes (about half a second of every start) that such
 * a command never uses. A class is made as Guice makes it: by its {@code @Inject} constructor (or, for a
 * parameter, its no-argument one), each parameter a concrete class of this adapter made the same way, the
 * built-in {@link IndicatorCatalogue} (as {@link CliModule} binds it), or a provider of the JSON mapper
 * ({@link JsonMapper}, one a run as Guice's singleton). A class needing anything else (the storage, a use case, the demo's steps, an
 * injected field) is not plain: {@link #create} returns null and Guice wires it.
 */
final class PlainWiring {

    private static final String ADAPTER = "vn.chitieu.cli.";

    private Object json;

    /** {@code type} wired without Guice, or null when it needs Guice's modules. */
    <K> K create(Class<K> type) throws ReflectiveOperationException {
        return plain(type, 0) ? make(type) : null;
    }

    /** True when {@code type} and everything its constructor takes can be made here. */
    private boolean plain(Class<?> type, int depth) {
        if (depth > 8 || type.isInterface() || Modifier.isAbstract(type.getModifiers())
                || !type.getName().startsWith(ADAPTER) || GuiceFactory.injectedMembers(type)) {
            return false;
        }
        Constructor<?> c = constructor(type);
        if (c == null) {
            return false;
        }
        Type[] parameters = c.getGenericParameterTypes();
        for (Type p : parameters) {
            if (p == IndicatorCatalogue.class || isJsonProvider(p)) {
                continue;
            }
            if (!(p instanceof Class<?> k) || !plain(k, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** A {@code Provider<ObjectMapper>}, told by name: comparing with the class would load Jackson. */
    private static boolean isJsonProvider(Type p) {
        return p instanceof ParameterizedType t && t.getRawType() == Provider.class
                && t.getActualTypeArguments()[0].getTypeName().equals("com.fasterxml.jackson.databind.ObjectMapper");
    }

    /** The constructor Guice would call: the one marked {@code @Inject}, else a no-argument one; null if none. */
    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?> noArgument = null;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(Inject.class)) {
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
            Type p = parameters[i];
            if (p == IndicatorCatalogue.class) {
                arguments[i] = IndicatorCatalogue.builtIn();
            } else if (isJsonProvider(p)) {
                arguments[i] = (Provider<Object>) this::json;
            } else {
                arguments[i] = make((Class<?>) p);
            }
        }
        c.setAccessible(true);
        return type.cast(c.newInstance(arguments));
    }

    /** One mapper a run, as Guice's singleton ({@link CliModule}), made for the first JSON document. */
    private Object json() {
        if (json == null) {
            json = JsonMapper.mapper();
        }
        return json;
    }
}
