package org.speakup.identity.web;

import jakarta.validation.Valid;
import org.speakup.identity.internal.FirstAdminSetup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The one-time page that creates the first admin; gone for good once there is one. */
@Controller
class SetupController {

    private final FirstAdminSetup setup;

    SetupController(FirstAdminSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (!setup.setupNeeded()) {
            return "redirect:/sign-in";
        }
        model.addAttribute("form", Forms.SetupForm.empty());
        return "identity/setup";
    }

    @PostMapping("/setup")
    String complete(@Valid @ModelAttribute("form") Forms.SetupForm form, BindingResult result) {
        if (!setup.setupNeeded()) {
            return "redirect:/sign-in";
        }
        if (result.hasErrors()) {
            return "identity/setup";
        }
        var problem = setup.complete(new FirstAdminSetup.Request(
                form.code(), form.organisationName(), form.adminName(), form.email(), form.password()));
        if (problem.isPresent()) {
            FieldProblems.attach(problem.get(), result);
            return "identity/setup";
        }
        return "redirect:/sign-in?setup";
    }
}
