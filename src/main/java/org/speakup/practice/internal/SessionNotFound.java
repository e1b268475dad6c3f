package org.speakup.practice.internal;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such session for this client: the same answer whether it does not exist or is someone else's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SessionNotFound extends RuntimeException {

    public SessionNotFound(UUID id) {
        super("No practice session " + id);
    }
}
