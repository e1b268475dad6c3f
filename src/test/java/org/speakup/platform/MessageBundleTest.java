package org.speakup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.speakup.identity.internal.PasswordPolicy;

/** Every text the pages show comes from the message bundles, and no bundle lacks a key. */
class MessageBundleTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    /** #{some.key} and #{some.key(args)} in templates. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
    /** Keys handed to fragments as strings: field('email', 'field.email', ..., 'hint.password'). */
    private static final Pattern FRAGMENT_KEY = Pattern.compile("'((?:field|hint)\\.[\\w.]+)'");
    /** Keys used in Java for field errors: FieldProblem.of("field", "key") and rejectValue("field", "key"). */
    private static final Pattern JAVA_KEY =
            Pattern.compile("(?:FieldProblem\\.of|rejectValue)\\(\\s*\"\\w+\",\\s*\"([\\w.]+)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void everyKeyUsedInTemplatesAndCodeIsInTheDefaultBundle() throws IOException {
        Properties bundle = load(RESOURCES.resolve("messages.properties"));
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY));
        used.addAll(keysIn(RESOURCES.resolve("templates"), ".html", FRAGMENT_KEY));
        used.addAll(keysIn(SOURCES, ".java", JAVA_KEY));
        for (PasswordPolicy.Problem problem : PasswordPolicy.Problem.values()) {
            used.add("password.problem." + problem.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String role : new String[] {"CLIENT", "THERAPIST", "ADMIN"}) {
            used.add("role." + role);
        }

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used)
                .allSatisfy(key -> assertThat(bundle).as("messages.properties").containsKey(key));
    }

    @Test
    void everyTranslationHasEveryKeyOfTheDefaultBundle() throws IOException {
        Set<Object> keys = load(RESOURCES.resolve("messages.properties")).keySet();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            files.filter(file -> file.getFileName().toString().matches("messages_[\\w]+\\.properties"))
                    .forEach(file -> assertThat(load(file).keySet())
                            .as(file.getFileName().toString())
                            .containsAll(keys));
        }
    }

    @Test
    void messagesWithPlaceholdersDoubleTheirApostrophes() {
        // MessageFormat swallows a lone ' in messages that take arguments ("don't" would print "dont").
        Properties bundle = load(RESOURCES.resolve("messages.properties"));
        bundle.forEach((key, value) -> {
            String text = value.toString();
            if (PLACEHOLDER.matcher(text).find()) {
                assertThat(text.replace("''", "")).as(key.toString()).doesNotContain("'");
            }
        });
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(Path file) {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
