package org.speakup.safety.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param crisisResourcesFile a clinic's own checked crisis-line list, used instead of the bundled one */
@ConfigurationProperties("speakup.safety")
public record SafetyProperties(@Nullable Path crisisResourcesFile) {}
