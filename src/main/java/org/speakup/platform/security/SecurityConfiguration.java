package org.speakup.platform.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Pages are grouped by role under /admin, /therapist and /client; everything
 * else but the public pages needs a signed-in user. Passwords are checked by the one
 * AuthenticationProvider bean, which the identity module supplies with its sign-in throttle; it is
 * deliberately not also added to this chain, or every failed attempt would be counted twice.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere: every script and stylesheet is served from this origin. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String[] PUBLIC_PAGES = {
        "/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/setup", "/help-now", "/error"
    };
    private static final String[] STATIC_FILES = {"/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico"};
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
    private static final String[] OPERATIONS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/sign-in?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/sign-in?locked"));

        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(STATIC_FILES)
                        .permitAll()
                        .requestMatchers(OPERATIONS)
                        .permitAll()
                        .requestMatchers(API_DOCS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/therapist/**")
                        .hasRole("THERAPIST")
                        .requestMatchers("/client/**")
                        .hasRole("CLIENT")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/home", true)
                        .failureHandler(failures))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemEntryPoint()))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("SPEAKUP_SESSION"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), geolocation=(), payment=()")));
        return http.build();
    }
}
