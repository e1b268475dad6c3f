package org.speakup.identity.web;

import jakarta.validation.Valid;
import org.speakup.identity.internal.Account;
import org.speakup.identity.internal.AccountPrincipal;
import org.speakup.identity.internal.Accounts;
import org.speakup.identity.internal.StaffAccounts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins see the organisation's accounts and create therapist accounts. */
@Controller
class AccountsAdminController {

    private final StaffAccounts staff;
    private final Accounts accounts;

    AccountsAdminController(StaffAccounts staff, Accounts accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("form", Forms.TherapistForm.empty());
        return page(me, model);
    }

    @PostMapping("/admin/accounts")
    String createTherapist(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") Forms.TherapistForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(me, model);
        }
        var outcome = staff.createTherapist(admin(me), form.email(), form.displayName());
        if (outcome instanceof StaffAccounts.Rejected rejected) {
            FieldProblems.attach(rejected.problem(), result);
            return page(me, model);
        }
        var created = (StaffAccounts.Created) outcome;
        redirect.addFlashAttribute("createdName", created.account().displayName());
        redirect.addFlashAttribute("invitationSent", created.invitationSent());
        return "redirect:/admin/accounts";
    }

    private String page(AccountPrincipal me, Model model) {
        model.addAttribute("accounts", staff.colleaguesOf(admin(me)));
        return "identity/admin-accounts";
    }

    private Account admin(AccountPrincipal me) {
        return accounts.byId(me.accountId()).orElseThrow();
    }
}
