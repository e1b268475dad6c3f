package org.speakup.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.speakup.support.Browser;
import org.speakup.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A new client signs up and signs in on a phone-sized screen, with the keyboard, in real Chromium. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
class SignUpAndSignInBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startPhoneSized();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewClientSignsUpAndSignsInWithAccessiblePagesThroughout() {
        String email = TestUsers.uniqueEmail("browser");
        open("/");
        Browser.assertAccessible(browser);
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");

        open("/sign-up");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.findElement(By.id("displayName")).sendKeys("Aisha");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("birthYear"))
                .sendKeys(String.valueOf(Year.now().getValue() - 24));
        browser.findElement(By.id("birthYear")).sendKeys(Keys.ENTER);

        assertThat(browser.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("password")).sendKeys(Keys.ENTER);

        assertThat(browser.getCurrentUrl()).contains("/sign-in?registered");
        assertThat(browser.findElement(By.cssSelector(".notice.success")).getText())
                .contains("Your account is ready");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Aisha");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        assertThat(browser.getCurrentUrl()).contains("/sign-in?signed-out");
    }

    @Test
    void helpNowIsOneTapAwayFromEveryPublicPage() {
        for (String page : new String[] {"/", "/sign-in", "/sign-up", "/forgot-password"}) {
            open(page);
            browser.findElement(By.linkText("Need help now?")).click();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("If you need help right now");
        }
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
