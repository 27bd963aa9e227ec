package org.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages, every key the code or FXML names exists, and no key is
 * left over that nothing uses. Keys built at run time from a prefix (connect.reason.X, the
 * named-items kinds) are listed here explicitly.
 */
class I18nKeysTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("connect.reason.", "category.", "producer.", "backup.error.",
            "charts.bucket.", "charts.measure.");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsBlank() throws IOException {
        Properties en = load("i18n/messages.properties");
        Properties ru = load("i18n/messages_ru.properties");
        assertThat(new TreeSet<>(ru.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
        ru.forEach((k, v) -> assertThat(v.toString()).as("ru " + k).isNotBlank());
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        scan(Path.of("resources"), ".fxml", FXML_KEY, used);
        scan(Path.of("src/main/java"), ".java", CODE_KEY, used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(k -> defined.contains(k) || !looksLikeMessageKey(k, defined));
        assertThat(missing).as("keys used but not defined").isEmpty();

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        unused.removeIf(k -> DYNAMIC_PREFIXES.stream().anyMatch(k::startsWith));
        assertThat(unused).as("keys defined but never used").isEmpty();
    }

    /** Code strings that look like keys but are not (class names, SQL, properties) are skipped. */
    private static boolean looksLikeMessageKey(String candidate, Set<String> defined) {
        if (candidate.matches(".*\\.(properties|fxml|css|log|png|sql|lock)$")) {
            return false;
        }
        String first = candidate.substring(0, candidate.indexOf('.') + 1);
        return defined.stream().anyMatch(k -> k.startsWith(first));
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getClassLoader().getResourceAsStream(resource);
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
