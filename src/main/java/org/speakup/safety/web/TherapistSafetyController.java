package org.speakup.safety.web;

import java.util.UUID;
import org.speakup.care.CareLink;
import org.speakup.care.CareLinks;
import org.speakup.identity.AccountDirectory;
import org.speakup.identity.AccountId;
import org.speakup.platform.AuditLog;
import org.speakup.platform.SignedInUser;
import org.speakup.safety.internal.RiskEvents;
import org.speakup.safety.internal.SafetyAlerts;
import org.speakup.safety.internal.SafetyPlans;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Safety alerts for a therapist's linked clients, and the safety plans those clients share. */
@Controller
class TherapistSafetyController {

    record AlertView(SafetyAlerts.Alert alert, String clientName, String text) {}

    private final SafetyAlerts alerts;
    private final RiskEvents riskEvents;
    private final SafetyPlans plans;
    private final CareLinks links;
    private final AccountDirectory directory;
    private final AuditLog audit;

    TherapistSafetyController(
            SafetyAlerts alerts,
            RiskEvents riskEvents,
            SafetyPlans plans,
            CareLinks links,
            AccountDirectory directory,
            AuditLog audit) {
        this.alerts = alerts;
        this.riskEvents = riskEvents;
        this.plans = plans;
        this.links = links;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/therapist/alerts")
    String alerts(@AuthenticationPrincipal SignedInUser me, Model model) {
        AccountId therapist = new AccountId(me.accountId());
        var views = alerts.forTherapist(therapist).stream()
                .map(alert -> new AlertView(alert, nameOf(alert.client()), sharedText(therapist, alert)))
                .toList();
        model.addAttribute("alerts", views);
        return "safety/therapist-alerts";
    }

    @PostMapping("/therapist/alerts/{alertId}/acknowledge")
    String acknowledge(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID alertId) {
        alerts.acknowledge(new AccountId(me.accountId()), alertId);
        return "redirect:/therapist/alerts";
    }

    @GetMapping("/therapist/clients/{clientId}/safety-plan")
    String clientPlan(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID clientId, Model model) {
        AccountId therapist = new AccountId(me.accountId());
        AccountId client = new AccountId(clientId);
        links.active(therapist, client)
                .filter(CareLink::sharesSafetyPlan)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("plan", plans.read(client, therapist));
        model.addAttribute("sections", SafetyPlans.Section.values());
        model.addAttribute("clientName", nameOf(client));
        model.addAttribute("voice", "adult");
        return "safety/therapist-plan";
    }

    /** The words behind an alert, only while the client shares them; each showing is audited. */
    private String sharedText(AccountId therapist, SafetyAlerts.Alert alert) {
        boolean shared = links.active(therapist, alert.client())
                .map(CareLink::sharesRiskText)
                .orElse(false);
        if (!shared) {
            return "";
        }
        var text = riskEvents.text(alert.riskEventId());
        text.ifPresent(t ->
                audit.record(therapist.value(), "safety.alert.text.read", "risk_event", alert.riskEventId(), null));
        return text.orElse("");
    }

    private String nameOf(AccountId account) {
        return directory.find(account).map(a -> a.displayName()).orElse("?");
    }
}
