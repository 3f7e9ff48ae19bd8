package dev.palimpsest.cli;

import dev.palimpsest.store.Store;
import dev.palimpsest.web.WebConfig;
import dev.palimpsest.web.WebServer;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs the web server until the process is stopped (Ctrl-C) or the calling thread is interrupted (how
 * tests stop it): then the server stops and the store is closed, once.
 */
final class Serving {

    private Serving() {
    }

    /**
     * @param started told the running server, to announce where it listens
     */
    static int serve(Store store, WebConfig config, Consumer<WebServer> started) {
        WebServer server = WebServer.start(store, config);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "palimpsest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            started.accept(server);
            stopped.await();
        } catch (InterruptedException e) {
            // Interrupting the serving thread is the request to stop, honoured below; the flag is not kept,
            // so that stopping the server and closing the store run normally.
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook does the stopping.
            }
            server.stop();
        }
        return ExitCodes.OK;
    }

    /** The server's options as picocli read them, checked: bad values are usage errors. */
    static WebConfig config(String host, int port, String adminToken) {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be from 0 (any free port) to 65535: " + port);
        }
        WebConfig config = WebConfig.defaults().withHost(host).withPort(port);
        if (adminToken != null && !adminToken.isEmpty()) {
            if (adminToken.length() < WebConfig.MIN_TOKEN_LENGTH) {
                throw new UsageException("--admin-token must have at least " + WebConfig.MIN_TOKEN_LENGTH + " characters");
            }
            config = config.withAdminToken(adminToken);
        }
        return config;
    }
}
