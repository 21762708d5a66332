package org.clientcost.clients;

/** The client libraries under test, each with the one place that knows how to build its adapter. */
public enum ClientLibrary implements Keyed {
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

    @Override
    public String key() {
        return key;
    }

    public static ClientLibrary byKey(String key) {
        return Keyed.byKey(ClientLibrary.class, "client", key);
    }
}
