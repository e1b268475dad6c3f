package org.speakup.practice.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The scenario of a past session was removed from the library; its history entry stays deletable. */
@ResponseStatus(HttpStatus.GONE)
public class ScenarioRemoved extends RuntimeException {

    public ScenarioRemoved(String scenarioId) {
        super("Scenario " + scenarioId + " is no longer in the library");
    }
}
