package org.speakup.safety.internal;

import org.speakup.engine.risk.RiskDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    /** One detector for the application; it is immutable and thread-safe. */
    @Bean
    RiskDetector riskDetector() {
        return new RiskDetector();
    }
}
