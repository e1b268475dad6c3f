package org.speakup.progress.web;

import org.speakup.identity.AccountId;
import org.speakup.platform.SignedInUser;
import org.speakup.progress.internal.Goals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One home page per role, saying honestly what is there today. */
@Controller
class HomeController {

    private final Goals goals;

    HomeController(Goals goals) {
        this.goals = goals;
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal SignedInUser me, Model model) {
        return switch (me.role()) {
            case "ADMIN" -> "progress/home-admin";
            case "THERAPIST" -> "progress/home-therapist";
            default -> {
                model.addAttribute(
                        "goal", goals.read(new AccountId(me.accountId())).orElse(null));
                yield "progress/home-client";
            }
        };
    }
}
