package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code msg:} lookups in templates go through {@link MessageLookup} and give exactly the bundle's texts. */
@QuarkusTest
class MessageLookupTest {

    @Inject
    Engine engine;

    @ParameterizedTest
    @ValueSource(strings = { "id", "en" })
    void templatesShowTheBundlesTextsWithAndWithoutParameters(String lang) {
        Msg bundle = MessageBundles.get(Msg.class, Localized.Literal.of(lang));
        Template t = engine.parse("{msg:nav_catalog}|{msg:progress_detail(done, 5, 20)}|{msg:minutes(7)}");
        String out = t.data("done", 1).setLocale(Locale.forLanguageTag(lang)).render();
        assertEquals(bundle.nav_catalog() + "|" + bundle.progress_detail(1, 5, 20) + "|" + bundle.minutes(7), out);
    }

    @ParameterizedTest
    @ValueSource(strings = { "id", "en" })
    void whatItDoesNotKnowFallsThroughToQutesOwnResolver(String lang) {
        Msg bundle = MessageBundles.get(Msg.class, Localized.Literal.of(lang));
        String out = engine.parse("{msg:message('nav_catalog')}").instance().setLocale(Locale.forLanguageTag(lang)).render();
        assertEquals(bundle.nav_catalog(), out);
    }

    @org.junit.jupiter.api.Test
    void theEngineAsksItFirst() {
        assertTrue(engine.getNamespaceResolvers().stream()
                .filter(r -> r.getNamespace().equals("msg"))
                .max(java.util.Comparator.comparingInt(io.quarkus.qute.NamespaceResolver::getPriority))
                .orElseThrow() instanceof MessageLookup);
    }
}
