package id.gcio.academy.cohort;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of the cohort pages that the {@code msg} bundle has no room for ({@code co:} in templates), in
 * {@code messages/co.properties} (Bahasa Indonesia) and {@code messages/co_en.properties}: the new-cohort form's
 * field errors found before the service is called.
 */
@MessageBundle(value = "co", locale = "id")
public interface CohortMsg {

    @Message
    String form_year_not_number();

    @Message
    String form_date_format();
}
