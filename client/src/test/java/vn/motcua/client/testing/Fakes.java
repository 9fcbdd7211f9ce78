package vn.motcua.client.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fakes of the API's interfaces for the apps' tests. A screen uses a few of an interface's many exchanges, so a fake
 * is a plain class with only those, as methods of the same name and parameters, and every other exchange is
 * refused; the interface's default methods run as declared, over the fake's.
 */
public final class Fakes {

    private Fakes() {}

    /**
     * {@code api} answered by {@code fake}'s methods of the same name and parameters.
     *
     * @throws IllegalArgumentException when an instance method of {@code fake} is named as an exchange of {@code api}
     *     but takes other parameters (a default method's short form included, which runs as declared), so that the
     *     exchange would be refused
     */
    public static <T> T of(Class<T> api, Object fake) {
        for (Method own : fake.getClass().getDeclaredMethods()) {
            boolean named = !Modifier.isStatic(own.getModifiers())
                    && Arrays.stream(api.getMethods()).anyMatch(m -> m.getName().equals(own.getName()));
            if (named && same(api, own).filter(m -> !m.isDefault()).isEmpty()) {
                throw new IllegalArgumentException(own + " answers no exchange of " + api.getName());
            }
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Method answer = method.getDeclaringClass() == Object.class
                    ? method
                    : same(fake.getClass(), method)
                            .orElseThrow(() -> new UnsupportedOperationException(
                                    api.getSimpleName() + "." + method.getName() + " is not faked for this test"));
            answer.setAccessible(true);
            try {
                return answer.invoke(fake, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
    }

    private static Optional<Method> same(Class<?> type, Method like) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(like.getName())
                        && Arrays.equals(m.getParameterTypes(), like.getParameterTypes()))
                .findFirst();
    }
}
