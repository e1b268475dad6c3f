package org.speakup.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.speakup.support.Browser;
import org.speakup.support.BrowserTest;
import org.speakup.support.TestUsers;

/** A new client signs up and signs in on a phone-sized screen, with the keyboard, in real Chromium. */
class SignUpAndSignInBrowserTest extends BrowserTest {

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
        press(browser.findElement(By.id("birthYear")));

        assertThat(browser.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        press(browser.findElement(By.id("password")));

        assertThat(browser.getCurrentUrl()).contains("/sign-in?registered");
        assertThat(browser.findElement(By.cssSelector(".notice.success")).getText())
                .contains("Your account is ready");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        press(browser.findElement(By.id("password")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Aisha");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        press(browser.findElement(By.cssSelector("form[action='/sign-out'] button")));
        assertThat(browser.getCurrentUrl()).contains("/sign-in?signed-out");
    }

    @Test
    void helpNowIsOneTapAwayFromEveryPublicPage() {
        for (String page : new String[] {"/", "/sign-in", "/sign-up", "/forgot-password"}) {
            open(page);
            press(browser.findElement(By.linkText("Need help now?")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("If you need help right now");
        }
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }
}
