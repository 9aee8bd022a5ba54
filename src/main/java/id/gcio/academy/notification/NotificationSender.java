package id.gcio.academy.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands one plain-text e-mail to the mail server (quarkus-mailer; a mock that logs in dev and test). */
@ApplicationScoped
public class NotificationSender {

    @Inject
    Mailer mailer;

    /** Sends or throws; the caller records the failure and retries later. */
    public void send(String recipient, String subject, String body) {
        mailer.send(Mail.withText(recipient, subject, body));
    }
}
