package org.speakup.engine.risk;

/** Two levels only: a reader either should see crisis resources now, or not. */
public enum RiskLevel {
    NONE,
    CRISIS
}
