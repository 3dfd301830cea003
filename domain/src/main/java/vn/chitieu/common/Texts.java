package vn.chitieu.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one source of the texts people read, in Vietnamese and English: the labels of the codes
 * shown to them (kinds, statuses, flags, progress…) and the templates of messages and error
 * reasons ({@link Message}). The texts live in the {@code vn/chitieu/common/texts*.properties}
 * bundle: English in the base file (the default), Vietnamese in {@code texts_vi}. A template's
 * {@code {0}}, {@code {1}}… are replaced by its arguments as they are (no quoting rules).
 */
public final class Texts {

    /** Vietnamese, the default language of every output. */
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;

    private static final String BUNDLE = "vn.chitieu.common.texts";

    /** The English texts of the {@code phrase.*} keys as patterns, the longest (most specific) first. */
    private static volatile List<Phrase> phrases;

    /** Codes that stand for a name (an indicator's): what a translated reason shows instead of the code. */
    private static final java.util.Map<String, String[]> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private Texts() {
    }

    /** Registers the Vietnamese and English names of {@code code} (the built-in catalogue registers its indicators). */
    public static void name(String code, String vi, String en) {
        NAMES.put(code, new String[] {vi, en});
    }

    /**
     * {@code english} in {@code locale}: a text that is already English when English is asked for;
     * otherwise, when it is one of the bundle's phrases ({@code phrase.*}: an English template
     * whose {@code {0}}… stand for any text), that phrase's translation with the same parts, each
     * part translated too; a text of several lines, line by line. A text the bundle does not know
     * stays English. This is how reasons written as English strings (most input problems, the
     * picocli messages) read in Vietnamese without a key at each place that writes them.
     */
    public static String translate(String english, Locale locale) {
        if (english == null || english(locale) || english.isEmpty()) {
            return english;
        }
        String[] named = NAMES.get(english);
        if (named != null) {
            return named[0];
        }
        if (english.indexOf('\n') >= 0) {
            return java.util.Arrays.stream(english.split("\n", -1)).map(line -> translate(line, locale))
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        int indent = 0;
        while (indent < english.length() && english.charAt(indent) == ' ') {
            indent++;
        }
        String text = english.substring(indent);
        for (Phrase p : phrases()) {
            Matcher m = p.pattern().matcher(text);
            if (m.matches()) {
                String vi = template(p.key(), locale);
                if (vi == null) {
                    return english;
                }
                Object[] parts = new Object[p.arguments()];
                for (int g = 0; g < p.order().length; g++) {
                    // a quoted part ('{0}') is what the user wrote: data, kept as written
                    parts[p.order()[g]] = p.quoted()[g] ? m.group(g + 1) : translate(m.group(g + 1), locale);
                }
                return english.substring(0, indent) + fill(vi, locale, parts);
            }
        }
        return english;
    }

    private record Phrase(String key, Pattern pattern, int arguments, int[] order, boolean[] quoted, int literal) {
    }

    private static List<Phrase> phrases() {
        List<Phrase> known = phrases;
        if (known != null) {
            return known;
        }
        List<Phrase> list = new ArrayList<>();
        ResourceBundle base = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : base.keySet()) {
            if (key.startsWith("phrase.")) {
                list.add(phrase(key, base.getString(key)));
            }
        }
        list.sort(Comparator.comparingInt(Phrase::literal).reversed().thenComparing(Phrase::key));
        phrases = List.copyOf(list);
        return phrases;
    }

    private static Phrase phrase(String key, String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{(\\d)}").matcher(template);
        int at = 0;
        int arguments = 0;
        int literal = 0;
        List<Integer> order = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            quoted.add(m.start() > 0 && template.charAt(m.start() - 1) == '\''
                    && m.end() < template.length() && template.charAt(m.end()) == '\'');
            // a part at the very start or end of the template may be empty (a hint that is not always given)
            boolean edge = m.start() == 0 || m.end() == template.length();
            regex.append(Pattern.quote(template.substring(at, m.start()))).append(edge ? "(.*?)" : "(.+?)");
            literal += m.start() - at;
            arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        literal += template.length() - at;
        boolean[] quotes = new boolean[quoted.size()];
        for (int i = 0; i < quotes.length; i++) {
            quotes[i] = quoted.get(i);
        }
        return new Phrase(key, Pattern.compile(regex.toString(), Pattern.DOTALL), arguments,
                order.stream().mapToInt(Integer::intValue).toArray(), quotes, literal);
    }

    /**
     * {@code message} with each quoted part longer than {@link InputProblem#SHOWN_VALUE} characters cut to its
     * beginning and "…": a message echoes what it was given, and a given argument may be megabytes.
     */
    public static String shortened(String message) {
        return message == null ? null : LONG_QUOTED.matcher(message).replaceAll("'$1…'");
    }

    private static final Pattern LONG_QUOTED = Pattern.compile("'([^']{" + InputProblem.SHOWN_VALUE + "})[^']+'");

    /** The locale named by a language code ({@code vi}, {@code en}); Vietnamese unless it is English. */
    public static Locale locale(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The text of {@code key} in {@code locale} with its arguments put in; the key itself when it has no text. */
    public static String text(String key, Locale locale, Object... args) {
        String template = template(key, locale);
        return template == null ? key : fill(template, locale, args);
    }

    /** True when the bundle has a text for {@code key}. */
    public static boolean has(String key) {
        return template(key, EN) != null;
    }

    /**
     * How {@code value} is named for people: its label in the bundle ({@code ResolutionStatus.MATCHED}),
     * or the label a code carries itself ({@link Labelled}), else the code itself.
     */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof Labelled labelled) {
            return labelled.label(english(locale) ? "en" : "vi");
        }
        String template = template(key(value), locale);
        return template == null ? value.name() : template;
    }

    /** The bundle key of an enum constant: its (enclosing) class's simple name, a dot, its name. */
    static String key(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getName();
        name = name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
        return name + "." + value.name();
    }

    private static String template(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ROOT : VI,
                    Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String fill(String template, Locale locale, Object... args) {
        if (args == null || args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < args.length ? argument(args[n], locale) : "");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String argument(Object arg, Locale locale) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Message m) {
            return m.text(locale);
        }
        if (arg instanceof Enum<?> e) {
            return label(e, locale);
        }
        return arg.toString();
    }
}
