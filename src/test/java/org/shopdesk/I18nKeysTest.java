package org.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shopdesk.app.ConnectFailedException;
import org.shopdesk.domain.backup.BackupException;

/**
 * The bundles, exactly: both languages have the same keys, none blank; every key the code or the
 * FXML names exists; no key is defined that nothing names.
 *
 * <p>How keys are found (the convention every screen follows, see docs/screens.md):
 * <ul>
 *   <li>FXML: every {@code %key};</li>
 *   <li>Java in {@code ui}, {@code app} and {@code service}: every string literal shaped like a key
 *       (dotted words, {@code "supplier.form.title"}) is a key, wherever it stands (a
 *       {@code messages.get} argument, a constant, a registry entry, a {@code Problem.of});
 *       only {@link #NOT_KEYS} (file names, system properties, settings names) are exempt;</li>
 *   <li>a key family built at run time is named by a literal prefix ending in a dot
 *       ({@code "connect.reason." + reason}): every key under it counts as used, and it must have one.</li>
 * </ul>
 * A namespace that is missing altogether is caught like any other missing key.
 */
class I18nKeysTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+|[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)*\\.)\"");
    private static final List<Path> CODE = List.of(Path.of("src/main/java/org/shopdesk/ui"),
            Path.of("src/main/java/org/shopdesk/app"), Path.of("src/main/java/org/shopdesk/service"),
            // The charts' tables (headers for the screen, its CSV and the report command) name their keys there.
            Path.of("src/main/java/org/shopdesk/domain/charts"));
    /** Literals shaped like keys that are not: files, system properties, the settings file's names. */
    private static final Pattern NOT_KEYS = Pattern.compile(
            ".*\\.(properties|csv|json|log|pid|jsa|lock|png|sql|fxml|css)|postgresql\\.conf|superuser\\.password"
                    + "|(java|os|user|shopdesk|org|i18n|window|ui)\\..*");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsBlank() throws IOException {
        Properties en = load("i18n/messages.properties");
        Properties ru = load("i18n/messages_ru.properties");
        assertThat(new TreeSet<>(ru.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
        ru.forEach((k, v) -> assertThat(v.toString()).as("ru " + k).isNotBlank());
    }

    @Test
    void everyKeyNamedExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        scan(List.of(Path.of("resources")), ".fxml", FXML_KEY, named);
        scan(CODE, ".java", CODE_KEY, named);
        named.removeIf(k -> NOT_KEYS.matcher(k).matches());

        Set<String> families = new TreeSet<>(named.stream().filter(k -> k.endsWith(".")).toList());
        named.removeAll(families);
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(defined);
        assertThat(missing).as("keys named in code or FXML but not in the bundles").isEmpty();
        for (String family : families) {
            assertThat(defined).as("keys of the family " + family).anyMatch(k -> k.startsWith(family));
        }

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(named);
        unused.removeIf(k -> families.stream().anyMatch(k::startsWith));
        assertThat(unused).as("keys in the bundles that nothing names").isEmpty();
    }

    /** Families named after an enum have a key for every constant. */
    @Test
    void everyReasonHasItsWords() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        Arrays.stream(ConnectFailedException.Reason.values())
                .forEach(r -> assertThat(defined).contains("connect.reason." + r.name()));
        Arrays.stream(BackupException.Reason.values())
                .forEach(r -> assertThat(defined).contains("backup.error." + r.name()));
    }

    @Test
    void theConventionCatchesAWholeMissingNamespace() {
        // The old test skipped a key whose first segment no defined key had: "supplier.title" must now count.
        Matcher m = CODE_KEY.matcher("messages.get(\"supplier.title\")");
        assertThat(m.find()).isTrue();
        assertThat(NOT_KEYS.matcher(m.group(1)).matches()).isFalse();
        assertThat(NOT_KEYS.matcher("shopdesk.log").matches()).isTrue();
    }

    private static void scan(List<Path> roots, String suffix, Pattern pattern, Set<String> into) throws IOException {
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                    Matcher m = pattern.matcher(Files.readString(f));
                    while (m.find()) {
                        into.add(m.group(1));
                    }
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getClassLoader().getResourceAsStream(resource);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
