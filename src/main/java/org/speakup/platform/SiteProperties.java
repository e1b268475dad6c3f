package org.speakup.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param baseUrl the public address of this installation, for links in e-mails */
@ConfigurationProperties("speakup")
public record SiteProperties(String baseUrl) {

    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
