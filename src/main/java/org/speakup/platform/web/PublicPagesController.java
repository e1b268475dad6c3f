package org.speakup.platform.web;

import org.jspecify.annotations.Nullable;
import org.speakup.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicPagesController {

    @GetMapping("/")
    String landing(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser) {
            return "redirect:/home";
        }
        return "landing";
    }
}
