package id.gcio.academy.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formatting helpers for templates. Times are shown in WITA (Asia/Makassar), East Kalimantan's time zone. */
@TemplateExtension
public class TemplateExtensions {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    static String formatDate(Instant instant, String lang) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang))
                .withZone(WITA).format(instant);
    }

    static String formatDateTime(Instant instant, String lang) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag(lang)).withZone(WITA).format(instant)
                + " WITA";
    }

    /** A date as written in letters: {@code 23 November 2026} (Indonesian or English month). */
    static String longDate(java.time.LocalDate date, String lang) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.forLanguageTag("en".equals(lang) ? "en" : "id")).format(date);
    }

    /** An int as text, for comparing with form values. */
    static String str(int value) {
        return Integer.toString(value);
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** The readable name of an SPBE domain code (PermenPANRB 59/2020). */
    static String spbeDomainLabel(String code, String lang) {
        boolean en = "en".equals(lang);
        return switch (code) {
            case "kebijakan-internal" -> en ? "SPBE internal policy" : "Kebijakan Internal SPBE";
            case "tata-kelola" -> en ? "SPBE governance" : "Tata Kelola SPBE";
            case "manajemen" -> en ? "SPBE management" : "Manajemen SPBE";
            case "layanan" -> en ? "SPBE services" : "Layanan SPBE";
            default -> code;
        };
    }

    /** A date and time in WITA as Indonesian readers write it. */
    static String wita(Instant instant) {
        return formatDateTime(instant, "id");
    }

    /** A number with at most one decimal, written with a decimal comma: 85, 85,5. */
    static String fmt1(Number value) {
        if (value == null) {
            return "–";
        }
        double rounded = Math.round(value.doubleValue() * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded).replace('.', ',');
    }

    /** A number with two decimals (discrimination indices), decimal comma. */
    static String fmt2(Number value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value.doubleValue()).replace('.', ',');
    }
}
