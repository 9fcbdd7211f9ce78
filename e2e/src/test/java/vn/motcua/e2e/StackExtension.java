package vn.motcua.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every IT class the same {@link MotcuaStack}: started by the first class that asks, kept in the root
 * context's store, and closed by JUnit (it is AutoCloseable) once the last class of the run is done. Starting
 * the embedded PostgreSQL, Redis, server and kiosk-app costs most of a minute on two cores: once is enough.
 */
final class StackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StackExtension.class);

    /** Before a minute goes into starting the stack: no Chromium, no point. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Screens.requireChromium();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotcuaStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(MotcuaStack.class, type -> MotcuaStack.start(), MotcuaStack.class);
    }
}
