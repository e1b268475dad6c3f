package org.speakup.care.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.speakup.care.CareLink;
import org.speakup.care.CareLinks;
import org.speakup.care.SharedKind;
import org.speakup.identity.AccountDirectory;
import org.speakup.identity.AccountId;
import org.speakup.platform.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A client links with a therapist by code, chooses what to share, and can change or end that. */
@Controller
class ClientTherapistsController {

    record LinkedTherapist(CareLink link, String displayName) {}

    private static final int CODE_LIMIT = 20;

    private final CareLinks links;
    private final AccountDirectory directory;

    ClientTherapistsController(CareLinks links, AccountDirectory directory) {
        this.links = links;
        this.directory = directory;
    }

    @GetMapping("/client/therapists")
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        List<LinkedTherapist> therapists = links.activeForClient(new AccountId(me.accountId())).stream()
                .map(link -> new LinkedTherapist(link, nameOf(link.therapist())))
                .toList();
        model.addAttribute("therapists", therapists);
        return "care/client-therapists";
    }

    @PostMapping("/client/therapists/check-code")
    String checkCode(
            @AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String code, Model model) {
        var therapist =
                code.length() > CODE_LIMIT ? java.util.Optional.<AccountId>empty() : links.therapistInvitedBy(code);
        if (therapist.isEmpty()) {
            model.addAttribute("codeError", true);
            return list(me, model);
        }
        model.addAttribute("code", code);
        model.addAttribute("therapistName", nameOf(therapist.get()));
        return "care/consent";
    }

    @PostMapping("/client/therapists")
    String accept(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) @Nullable List<String> share,
            Model model) {
        var outcome = code.length() > CODE_LIMIT
                ? new CareLinks.InvalidCode()
                : links.accept(new AccountId(me.accountId()), code, kinds(share));
        if (outcome instanceof CareLinks.Linked) {
            return "redirect:/client/therapists?linked";
        }
        model.addAttribute(outcome instanceof CareLinks.AlreadyLinked ? "alreadyLinked" : "codeError", true);
        return list(me, model);
    }

    @PostMapping("/client/therapists/{linkId}/sharing")
    String sharing(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable UUID linkId,
            @RequestParam(required = false) @Nullable List<String> share) {
        links.changeSharing(new AccountId(me.accountId()), linkId, kinds(share));
        return "redirect:/client/therapists?saved";
    }

    @PostMapping("/client/therapists/{linkId}/end")
    String end(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID linkId) {
        links.end(new AccountId(me.accountId()), linkId);
        return "redirect:/client/therapists?ended";
    }

    private String nameOf(AccountId account) {
        return directory.find(account).map(a -> a.displayName()).orElse("?");
    }

    /** Unknown values are ignored: only the kinds we offer can be shared. */
    private static Set<SharedKind> kinds(@Nullable List<String> values) {
        Set<SharedKind> kinds = EnumSet.noneOf(SharedKind.class);
        if (values != null) {
            for (SharedKind kind : SharedKind.values()) {
                if (values.contains(kind.name())) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }
}
