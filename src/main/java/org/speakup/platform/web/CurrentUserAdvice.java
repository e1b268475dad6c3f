package org.speakup.platform.web;

import org.jspecify.annotations.Nullable;
import org.speakup.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or nothing) into every page's model, for the header and navigation. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    @Nullable
    SignedInUser me(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
