package org.speakup.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** One clock for the whole application, so expiry and lockout rules can be tested in time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
