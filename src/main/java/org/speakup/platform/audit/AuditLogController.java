package org.speakup.platform.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.speakup.platform.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's view of the audit log, newest first, filterable by actor or subject. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditLogController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String browse(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        UUID actorId = parseUuid(actor);
        boolean actorInvalid = actor != null && !actor.isBlank() && actorId == null;
        String subjectId = subject == null || subject.isBlank() ? null : subject.strip();
        int safePage = Math.max(0, Math.min(page, 10_000));
        var entries = actorInvalid
                ? java.util.List.of()
                : audit.recent(actorId, subjectId, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("actorInvalid", actorInvalid);
        return "platform/audit";
    }

    private static @Nullable UUID parseUuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
