package org.clientcost.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Arranges JMH rows the way the dashboard shows them: one {@link Group} per call style and variant
 * (payload, batch, ...), holding a client x mode grid of results and the baseline rows that apply to it.
 */
public final class JmhMatrix {

    public static final String SINGLETON = "singleton";
    public static final String FRESH_CONNECTION = "freshConnection";
    public static final String PER_REQUEST = "perRequest";

    /** Known values first, in this order; anything else after them, alphabetically. */
    static final List<String> CLIENT_ORDER = List.of("jdk", "okhttp", "ahc");
    static final List<String> MODE_ORDER = List.of(SINGLETON, FRESH_CONNECTION, PER_REQUEST);

    /** Secondary metrics of the cost breakdown, by the suffix their JMH name ends with. */
    public static final List<String> COST_METRICS = List.of("connections/op", "threads/op", "leftoverThreads", "leftoverFds");

    private JmhMatrix() {
    }

    /**
     * One chart's worth of results.
     *
     * @param callStyle sync, async or other
     * @param variant   the params other than client and mode that all rows of the group share
     * @param clients   clients in display order
     * @param modes     modes in display order
     * @param cells     results keyed by {@link #key(String, String)}
     * @param baselines baseline rows whose call style matches and whose params are a subset of the variant
     */
    public record Group(String callStyle, Map<String, String> variant, List<String> clients, List<String> modes,
                        Map<String, JmhResult> cells, List<JmhResult> baselines) {

        public Optional<JmhResult> cell(String client, String mode) {
            return Optional.ofNullable(cells.get(key(client, mode)));
        }

        /** "hello" or "payload=hello, batch=32" style label; "" when the group has no params. */
        public String variantLabel() {
            return JmhMatrix.variantLabel(variant);
        }

        /** {@code mode / singleton} for one client, when both cells exist. */
        public Optional<ScoreRatio> ratioToSingleton(String client, String mode) {
            Optional<JmhResult> numerator = cell(client, mode);
            Optional<JmhResult> singleton = cell(client, SINGLETON);
            if (numerator.isEmpty() || singleton.isEmpty()) {
                return Optional.empty();
            }
            JmhResult a = numerator.get();
            JmhResult b = singleton.get();
            return Optional.of(ScoreRatio.of(a.score(), a.scoreError(), b.score(), b.scoreError()));
        }
    }

    public static List<Group> groups(List<JmhResult> results) {
        Map<String, List<JmhResult>> byGroup = new LinkedHashMap<>();
        for (JmhResult r : results) {
            if (!r.baseline()) {
                byGroup.computeIfAbsent(r.callStyle() + "|" + variantLabel(r.variant()), k -> new ArrayList<>()).add(r);
            }
        }
        List<JmhResult> baselines = results.stream().filter(JmhResult::baseline).toList();
        List<Group> groups = new ArrayList<>();
        for (List<JmhResult> rows : byGroup.values()) {
            JmhResult first = rows.get(0);
            Map<String, JmhResult> cells = new LinkedHashMap<>();
            for (JmhResult r : rows) {
                cells.put(key(clientOf(r), modeOf(r)), r);
            }
            List<String> clients = ordered(rows.stream().map(JmhMatrix::clientOf).toList(), CLIENT_ORDER);
            List<String> modes = ordered(rows.stream().map(JmhMatrix::modeOf).toList(), MODE_ORDER);
            List<JmhResult> applicable = baselines.stream()
                    .filter(b -> appliesTo(b, first.callStyle(), first.variant()))
                    .toList();
            groups.add(new Group(first.callStyle(), first.variant(), clients, modes, cells, applicable));
        }
        groups.sort(Comparator.comparingInt((Group g) -> CallStyle.order(g.callStyle()))
                .thenComparing(Group::callStyle)
                .thenComparing(g -> variantSortKey(g.variant())));
        return groups;
    }

    /** All clients across groups, in display order. */
    public static List<String> clients(List<Group> groups) {
        return ordered(groups.stream().flatMap(g -> g.clients().stream()).toList(), CLIENT_ORDER);
    }

    static boolean appliesTo(JmhResult baseline, String callStyle, Map<String, String> variant) {
        boolean styleMatches = baseline.callStyle().equals(callStyle) || baseline.callStyle().equals(CallStyle.OTHER);
        return styleMatches && baseline.variant().entrySet().stream()
                .allMatch(e -> Objects.equals(variant.get(e.getKey()), e.getValue()));
    }

    /** A row without a client param is labelled by its method name, so it still gets a place of its own. */
    static String clientOf(JmhResult r) {
        return r.client() != null ? r.client() : r.methodName();
    }

    static String modeOf(JmhResult r) {
        return r.mode() != null ? r.mode() : "(no mode)";
    }

    static String key(String client, String mode) {
        return client + "|" + mode;
    }

    /** "hello", or "hello · batch=32": the payload value first, then every other param as name=value. */
    static String variantLabel(Map<String, String> variant) {
        List<String> parts = new ArrayList<>();
        if (variant.containsKey("payload")) {
            parts.add(variant.get("payload"));
        }
        new TreeMap<>(variant).forEach((name, value) -> {
            if (!name.equals("payload")) {
                parts.add(name + "=" + value);
            }
        });
        return String.join(" \u00b7 ", parts);
    }

    /** Params as "name=value" pairs sorted by name and joined by commas: a stable key for tests and tools. */
    public static String paramsKey(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** Payload "hello" before "bytes16k": the tiny response is the headline case. */
    private static String variantSortKey(Map<String, String> variant) {
        String payload = variant.getOrDefault("payload", "");
        String rank = payload.equals("hello") ? "0" : "1";
        return rank + variantLabel(variant);
    }

    static List<String> ordered(List<String> values, List<String> knownOrder) {
        return values.stream().distinct()
                .sorted(Comparator.comparingInt((String v) -> {
                    int i = knownOrder.indexOf(v);
                    return i < 0 ? knownOrder.size() : i;
                }).thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
