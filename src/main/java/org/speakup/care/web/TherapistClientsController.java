package org.speakup.care.web;

import java.util.List;
import java.util.UUID;
import org.speakup.care.CareLink;
import org.speakup.care.CareLinks;
import org.speakup.identity.AccountDirectory;
import org.speakup.identity.AccountId;
import org.speakup.platform.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A therapist's linked clients, and invitation codes to link new ones. */
@Controller
class TherapistClientsController {

    record LinkedClient(CareLink link, String displayName) {}

    private final CareLinks links;
    private final AccountDirectory directory;

    TherapistClientsController(CareLinks links, AccountDirectory directory) {
        this.links = links;
        this.directory = directory;
    }

    @GetMapping("/therapist/clients")
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        List<LinkedClient> clients = links.activeForTherapist(new AccountId(me.accountId())).stream()
                .map(link -> new LinkedClient(
                        link,
                        directory.find(link.client()).map(a -> a.displayName()).orElse("?")))
                .toList();
        model.addAttribute("clients", clients);
        return "care/therapist-clients";
    }

    @PostMapping("/therapist/clients/invitations")
    String invite(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("code", links.createInvitation(new AccountId(me.accountId())));
        return "redirect:/therapist/clients";
    }

    @PostMapping("/therapist/clients/{linkId}/end")
    String end(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID linkId) {
        links.end(new AccountId(me.accountId()), linkId);
        return "redirect:/therapist/clients";
    }
}
