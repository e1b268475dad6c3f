package org.speakup.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends account e-mail over SMTP when spring.mail.host is set. Without it (a development set-up)
 * the message is written to the log instead, with a warning, so sign-up and reset still work.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    @ConfigurationProperties("speakup")
    record MailSettings(String mailFrom) {}

    Mailer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
        this.sender = sender;
        this.from = settings.mailFrom();
    }

    /** @return false when SMTP is configured but the message could not be handed over */
    public boolean send(String to, String subject, String body) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn(
                    "SMTP is not configured (set SPRING_MAIL_HOST); writing the e-mail to the log instead.\n"
                            + "To: {}\nSubject: {}\n\n{}",
                    to,
                    subject,
                    body);
            return true;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
            return true;
        } catch (MailException e) {
            log.error("Could not send e-mail '{}': {}", subject, e.getMessage());
            return false;
        }
    }
}
