package id.gcio.academy.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Expression;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.Results;
import io.quarkus.qute.TemplateInstance;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Looks up {@code {msg:key}} in templates by a hash of the key. The resolver Qute generates for a message bundle
 * compares the key with each of the bundle's keys in turn; with ~300 keys that was 8 % of a course page's CPU. This one
 * runs first (higher priority) and calls the same bundle methods, so texts, parameters, languages and the build-time
 * check of every {@code msg:} expression stay Qute's; anything it does not know (e.g. {@code msg:message(key)}) falls
 * through to the generated resolver.
 */
@EngineConfiguration
public class MessageLookup implements NamespaceResolver {

    private static final Map<String, Method> METHODS = new HashMap<>();

    static {
        for (Method m : Msg.class.getMethods()) {
            if (!m.isDefault() && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                METHODS.put(m.getName(), m);
            }
        }
    }

    private volatile Bundles bundles;

    @Override
    public String getNamespace() {
        return "msg";
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 10;
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        Method method = METHODS.get(context.getName());
        List<Expression> params = context.getParams();
        if (method == null || method.getParameterCount() != params.size()) {
            return Results.notFound(context);
        }
        Msg bundle = bundle(context.getAttribute(TemplateInstance.LOCALE));
        if (params.isEmpty()) {
            return CompletableFuture.completedFuture(invoke(method, bundle));
        }
        Object[] args = new Object[params.size()];
        CompletableFuture<?>[] evaluated = new CompletableFuture<?>[params.size()];
        for (int i = 0; i < args.length; i++) {
            int index = i;
            evaluated[i] = context.evaluate(params.get(i)).thenAccept(v -> args[index] = v).toCompletableFuture();
        }
        return CompletableFuture.allOf(evaluated).thenApply(x -> invoke(method, bundle, args));
    }

    private Msg bundle(Object locale) {
        String lang = locale instanceof Locale l ? l.getLanguage() : locale == null ? "id" : locale.toString();
        Bundles b = bundles;
        if (b == null) { // not injectable: Qute creates this resolver itself
            bundles = b = Arc.container().instance(Bundles.class).get();
        }
        return b.msg("en".equals(lang) ? "en" : "id");
    }

    private static Object invoke(Method method, Msg bundle, Object... args) {
        try {
            return method.invoke(bundle, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
