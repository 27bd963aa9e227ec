package org.shopdesk.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A data source that counts the statements prepared on its connections: for "N statements per page" tests. */
public final class CountingDataSource {
    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource counted;

    public CountingDataSource(DataSource target) {
        this.counted = proxy(DataSource.class, target, (result, method) -> result instanceof Connection c
                ? proxy(Connection.class, c, (r, m) -> {
                    if (m.startsWith("prepare") || m.equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    return r;
                })
                : result);
    }

    public DataSource dataSource() {
        return counted;
    }

    /** Statements prepared since the last call, and starts counting again. */
    public int takeCount() {
        return statements.getAndSet(0);
    }

    private interface After {
        Object apply(Object result, String method);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return after.apply(method.invoke(target, args), method.getName());
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
