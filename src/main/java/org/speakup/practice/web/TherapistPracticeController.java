package org.speakup.practice.web;

import java.util.UUID;
import org.speakup.care.CareLink;
import org.speakup.care.CareLinks;
import org.speakup.identity.AccountDirectory;
import org.speakup.identity.AccountId;
import org.speakup.platform.SignedInUser;
import org.speakup.practice.internal.PracticeSessions;
import org.speakup.practice.internal.SessionState;
import org.speakup.practice.internal.Summaries;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A linked therapist reads the role-plays a client chose to share, and nothing else. */
@Controller
class TherapistPracticeController {

    private final CareLinks links;
    private final PracticeSessions practice;
    private final Summaries summaries;
    private final AccountDirectory directory;

    TherapistPracticeController(
            CareLinks links, PracticeSessions practice, Summaries summaries, AccountDirectory directory) {
        this.links = links;
        this.practice = practice;
        this.summaries = summaries;
        this.directory = directory;
    }

    @GetMapping("/therapist/clients/{clientId}/practice")
    String list(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID clientId, Model model) {
        AccountId client = sharedWith(me, clientId);
        model.addAttribute("sessions", summaries.history(client));
        model.addAttribute("clientId", clientId);
        model.addAttribute(
                "clientName", directory.find(client).map(a -> a.displayName()).orElse("?"));
        return "practice/therapist-history";
    }

    @GetMapping("/therapist/clients/{clientId}/practice/{sessionId}")
    String transcript(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable UUID clientId,
            @PathVariable UUID sessionId,
            Model model) {
        AccountId client = sharedWith(me, clientId);
        SessionState session = practice.find(client, sessionId);
        model.addAttribute("rp", session);
        model.addAttribute("scenario", practice.scenarioOf(session));
        model.addAttribute("turns", practice.turnsFor(new AccountId(me.accountId()), client, sessionId));
        model.addAttribute(
                "clientName", directory.find(client).map(a -> a.displayName()).orElse("?"));
        return "practice/therapist-transcript";
    }

    private AccountId sharedWith(SignedInUser me, UUID clientId) {
        AccountId client = new AccountId(clientId);
        links.active(new AccountId(me.accountId()), client)
                .filter(CareLink::sharesTranscripts)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return client;
    }
}
