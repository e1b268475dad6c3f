package org.speakup.identity;

import java.util.UUID;

public record AccountId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
