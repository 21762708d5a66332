package org.clientcost.clients;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The client libraries under test, each with the one place that knows how to build its adapter. */
public enum ClientLibrary {
    /** {@code java.net.http.HttpClient}. */
    JDK("jdk") {
        @Override
        public HttpClientAdapter build(ClientSettings settings) {
            return new JdkHttpClientAdapter(settings);
        }
    },
    /** OkHttp 5. */
    OKHTTP("okhttp") {
        @Override
        public HttpClientAdapter build(ClientSettings settings) {
            return new OkHttpClientAdapter(settings);
        }
    },
    /** AsyncHttpClient 3. */
    AHC("ahc") {
        @Override
        public HttpClientAdapter build(ClientSettings settings) {
            return new AsyncHttpClientAdapter(settings);
        }
    };

    private final String key;

    ClientLibrary(String key) {
        this.key = key;
    }

    /** Builds a new client of this library. The caller owns it and must {@link HttpClientAdapter#close() close} it. */
    public abstract HttpClientAdapter build(ClientSettings settings);

    /** The name used in benchmark parameters and reports. */
    public String key() {
        return key;
    }

    public static ClientLibrary byKey(String key) {
        for (ClientLibrary c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown client '" + key + "' (expected one of " + keys() + ")");
    }

    public static String keys() {
        return Arrays.stream(values()).map(ClientLibrary::key).collect(Collectors.joining("|"));
    }
}
