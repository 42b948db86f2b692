package app.dossier.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both bundles hold the same keys, every key-like literal in the code exists, and every key is
 * used somewhere. Failures list the keys ready to paste.
 */
class LocalizationTest {
    private static final Path RESOURCES = Path.of("src/main/resources/app/dossier");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Literals handed to a text lookup: these must be keys whatever their prefix. */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?:\\.get|\\.format|descriptionKey\\s*=|Key\\s*=)\\(?\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> german = load("messages_de.properties").stringPropertyNames();
        assertThat(difference(english, german)).as("keys missing in messages_de.properties").isEmpty();
        assertThat(difference(german, english)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String literal : literalsInCode()) {
            String prefix = literal.substring(0, literal.indexOf('.'));
            boolean fileName = literal.matches(".*\\.(properties|css|png|sql|db|log|txt|pdf|json|csv|zip)");
            if (prefixes.contains(prefix) && !fileName && !literal.startsWith("app.dossier") && !keys.contains(literal)) {
                missing.add(literal + "=");
            }
        }
        for (String looked : lookupsInCode()) {
            if (!keys.contains(looked)) {
                missing.add(looked + "=");
            }
        }
        assertThat(missing).as("keys used in code but missing in messages.properties").isEmpty();
    }

    @Test
    void noUnusedKeys() throws IOException {
        Set<String> used = literalsInCode();
        Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void germanTextsAreActuallyGerman() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        long identical = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).length() > 12)
                .filter(k -> !k.matches(".*\\.(de|en)$")) // texts about one language's content, the same in both
                .filter(k -> english.getProperty(k).equals(german.getProperty(k)))
                .count();
        assertThat(identical).as("long texts left untranslated in German").isZero();
    }

    private static Set<String> literalsInCode() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> lookupsInCode() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LOOKUP.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
