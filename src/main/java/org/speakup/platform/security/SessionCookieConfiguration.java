package org.speakup.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, set explicitly rather than left to defaults: HttpOnly (no script can read
 * it), SameSite=Lax (not sent on cross-site posts), and Secure unless an operator turns that off
 * for a plain-HTTP test set-up.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    static final String COOKIE_NAME = "SPEAKUP_SESSION";

    @ConfigurationProperties("speakup.session")
    record SessionCookieProperties(boolean secureCookie) {}

    @Bean
    CookieSerializer sessionCookie(SessionCookieProperties properties) {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE_NAME);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setUseSecureCookie(properties.secureCookie());
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }
}
