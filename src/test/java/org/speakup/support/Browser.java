package org.speakup.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests. Without Chromium the tests are skipped on a
 * developer's machine, but fail when SPEAKUP_REQUIRE_BROWSER=true (CI sets it), so a missing
 * browser can never pass silently.
 */
public final class Browser {

    private static final File CHROMIUM =
            new File(System.getenv().getOrDefault("SPEAKUP_CHROMIUM", "/usr/bin/chromium"));
    private static final File DRIVER =
            new File(System.getenv().getOrDefault("SPEAKUP_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {}

    /** A phone-sized window (360 px wide), as the narrowest screen we support. */
    public static ChromeDriver startPhoneSized() {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present) {
            boolean required = "true".equalsIgnoreCase(System.getenv("SPEAKUP_REQUIRE_BROWSER"));
            assertThat(required)
                    .as(
                            "Chromium and ChromeDriver are required (SPEAKUP_REQUIRE_BROWSER=true) but %s or %s is missing",
                            CHROMIUM, DRIVER)
                    .isFalse();
            Assumptions.abort(
                    "Chromium not installed (apt-get install chromium chromium-driver); browser test skipped");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=360,780");
        var service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    public static void assertAccessible(ChromeDriver driver) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious)
                .as("axe-core serious/critical violations on %s", driver.getCurrentUrl())
                .isEmpty();
        assertThat(results.getPasses()).as("axe-core actually ran").isNotEmpty();
    }

    /** Nothing sticks out sideways on a 360 px screen. */
    public static void assertNoHorizontalScroll(ChromeDriver driver) {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow on %s", driver.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
