package org.speakup.platform.encryption;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keys comma-separated {@code <id>:<base64 of 32 bytes>}; the first one encrypts new values
 * @param devKeyFile where a development key is generated when no keys are configured
 */
@ConfigurationProperties("speakup.encryption")
public record EncryptionProperties(String keys, Path devKeyFile) {

    public EncryptionProperties {
        keys = keys == null ? "" : keys.strip();
        devKeyFile = devKeyFile == null ? Path.of("data", "dev-encryption.key") : devKeyFile;
    }
}
