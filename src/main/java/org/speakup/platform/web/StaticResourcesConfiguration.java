package org.speakup.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration {

    /**
     * Links are written as they are; the WebJar locator still serves {@code /webjars/htmx.org/dist/htmx.min.js}
     * without a version in the path. The encoding filter would otherwise try every link on every page
     * (role-play pages included) as a static resource inside the jar, which cost a third of the server's
     * time under load and is never cached for links that are not resources.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingOff() {
        // Declaring this (disabled) registration makes Spring Boot leave out its own.
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
