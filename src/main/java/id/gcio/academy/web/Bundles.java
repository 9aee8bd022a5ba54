package id.gcio.academy.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundles by language, looked up once: {@link MessageBundles#get} asks the CDI container on every call,
 * and every page needs them: the {@code msg:} namespace of the templates (MessageLookup) and the header menu (Ui).
 */
@Singleton
@Unremovable // also looked up programmatically, by MessageLookup
public class Bundles {

    private final Map<String, Msg> msg = new ConcurrentHashMap<>();
    private final Map<String, GradingMsg> grading = new ConcurrentHashMap<>();

    public Msg msg(String lang) {
        return msg.computeIfAbsent(lang, l -> MessageBundles.get(Msg.class, Localized.Literal.of(l)));
    }

    public GradingMsg grading(String lang) {
        return grading.computeIfAbsent(lang, l -> MessageBundles.get(GradingMsg.class, Localized.Literal.of(l)));
    }
}
