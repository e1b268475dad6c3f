package org.speakup.progress.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.speakup.identity.AccountId;
import org.speakup.platform.SignedInUser;
import org.speakup.progress.internal.Goals;
import org.speakup.safety.SafetyCheck;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class GoalController {

    record GoalForm(@NotNull @Size(max = Goals.LIMIT) String goal) {}

    private final Goals goals;
    private final SafetyCheck safety;

    GoalController(Goals goals, SafetyCheck safety) {
        this.goals = goals;
        this.safety = safety;
    }

    @GetMapping("/client/goal")
    String form(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute(
                "form", new GoalForm(goals.read(new AccountId(me.accountId())).orElse("")));
        return "progress/goal";
    }

    @PostMapping("/client/goal")
    String save(
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult result) {
        if (result.hasErrors()) {
            return "progress/goal";
        }
        goals.save(new AccountId(me.accountId()), form.goal());
        return "redirect:/home?goalSaved";
    }
}
