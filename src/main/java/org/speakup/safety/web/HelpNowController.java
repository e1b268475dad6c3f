package org.speakup.safety.web;

import org.jspecify.annotations.Nullable;
import org.speakup.identity.AccountId;
import org.speakup.identity.ClientProfiles;
import org.speakup.platform.SignedInUser;
import org.speakup.safety.SafetyCheck;
import org.speakup.safety.internal.CrisisDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Need help now?": open to everyone, with crisis lines for the reader's country. */
@Controller
class HelpNowController {

    private final CrisisDirectory directory;
    private final SafetyCheck safety;

    HelpNowController(CrisisDirectory directory, SafetyCheck safety) {
        this.directory = directory;
        this.safety = safety;
    }

    @GetMapping("/help-now")
    String helpNow(
            @AuthenticationPrincipal @Nullable SignedInUser me,
            @RequestParam(required = false) @Nullable String country,
            Model model) {
        boolean choseCountry = country != null && ClientProfiles.knownCountry(country);
        var contacts = choseCountry || me == null
                ? directory.forCountry(choseCountry ? country : null)
                : safety.contactsFor(new AccountId(me.accountId()));
        model.addAttribute("contacts", contacts);
        model.addAttribute("countries", directory.all());
        return "help-now";
    }
}
