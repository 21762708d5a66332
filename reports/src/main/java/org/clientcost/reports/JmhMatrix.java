package org.clientcost.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Keyed;
import org.clientcost.clients.Payload;

/**
 * The one grouping of JMH cells, for the summary table and the dashboard alike: one {@link Group} per call style and
 * variant (payload, batch, ...), holding a client x mode grid and the baseline cells that apply to it. Clients, modes
 * and payloads are shown in the order of {@link ClientLibrary}, {@link ClientMode} and {@link Payload}; anything
 * unknown after them, alphabetically; other params (batch) in numeric order.
 */
public final class JmhMatrix {

    /** Known values first, in this order; anything else after them, alphabetically. */
    static final List<String> CLIENT_ORDER = keys(ClientLibrary.values());
    static final List<String> MODE_ORDER = keys(ClientMode.values());
    static final List<String> PAYLOAD_ORDER = keys(Payload.values());

    /**
     * Secondary metrics of the cost breakdown, by the suffix their JMH name ends with. The jmh module's tests hold
     * its profiler's labels to these.
     */
    public static final List<String> COST_METRICS = List.of("connections/op", "threads/op", "leftoverThreads", "leftoverFds");

    /** Display order of groups: call style, then payload ({@link Payload} order), then the other params. */
    public static final Comparator<Group> GROUP_ORDER = Comparator.comparingInt((Group g) -> CallStyle.order(g.callStyle()))
            .thenComparing(Group::callStyle)
            .thenComparing(Group::variant, JmhMatrix::compareVariants);

    private JmhMatrix() {
    }

    /**
     * One table's or chart's worth of cells.
     *
     * @param callStyle sync, async or other
     * @param variant   the params other than client and mode that all cells of the group share
     * @param clients   clients in display order (empty for a group of baselines only)
     * @param modes     modes in display order
     * @param cells     cells keyed by {@link #key(String, String)}
     * @param baselines baseline cells whose call style matches and whose params are a subset of the variant
     */
    public record Group(String callStyle, Map<String, String> variant, List<String> clients, List<String> modes,
                        Map<String, JmhCell> cells, List<JmhCell> baselines) {

        public Optional<JmhCell> cell(String client, String mode) {
            return Optional.ofNullable(cells.get(key(client, mode)));
        }

        /** Whether the group has client cells (a run restricted to the baselines has groups without). */
        public boolean hasClients() {
            return !cells.isEmpty();
        }

        /** "hello" or "hello · batch=32"; "" when the group has no params. */
        public String variantLabel() {
            return JmhMatrix.variantLabel(variant);
        }

        /** "sync", or "async ×32" for a group with a batch. */
        public String styleLabel() {
            String batch = variant.get(JmhCell.PARAM_BATCH);
            return batch == null ? callStyle : callStyle + " \u00d7" + batch;
        }

        /** The variant without the batch, which {@link #styleLabel()} shows: "hello". */
        public String payloadLabel() {
            Map<String, String> rest = new TreeMap<>(variant);
            rest.remove(JmhCell.PARAM_BATCH);
            return JmhMatrix.variantLabel(rest);
        }

        /** The {@code payload} param, or "" without one. */
        public String payload() {
            return variant.getOrDefault(JmhCell.PARAM_PAYLOAD, "");
        }

        /** {@code mode / singleton} for one client, when both cells exist (per-request scores, see {@link JmhCell}). */
        public Optional<ScoreRatio> ratioToSingleton(String client, String mode) {
            Optional<JmhCell> numerator = cell(client, mode);
            Optional<JmhCell> singleton = cell(client, ClientMode.SINGLETON.key());
            if (numerator.isEmpty() || singleton.isEmpty()) {
                return Optional.empty();
            }
            JmhCell a = numerator.get();
            JmhCell b = singleton.get();
            return Optional.of(ScoreRatio.of(a.score(), a.scoreError(), b.score(), b.scoreError()));
        }

        /** Whether that ratio rests on a cell that is not steady (either side). */
        public boolean ratioNotSteady(String client, String mode) {
            return cell(client, mode).map(c -> c.steadyState().notSteady()).orElse(false)
                    || cell(client, ClientMode.SINGLETON.key()).map(c -> c.steadyState().notSteady()).orElse(false);
        }
    }

    /**
     * The groups of these cells in display order: by call style, then payload, then the other params. A baseline
     * that applies to no client group gets a group of its own.
     */
    public static List<Group> groups(List<JmhCell> cells) {
        Map<String, List<JmhCell>> byGroup = new LinkedHashMap<>();
        for (JmhCell c : cells) {
            if (!c.baseline()) {
                byGroup.computeIfAbsent(c.callStyle() + "|" + variantLabel(c.variant()), k -> new ArrayList<>()).add(c);
            }
        }
        List<JmhCell> baselines = cells.stream().filter(JmhCell::baseline).toList();
        List<JmhCell> placed = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (List<JmhCell> rows : byGroup.values()) {
            JmhCell first = rows.get(0);
            Map<String, JmhCell> grid = new LinkedHashMap<>();
            for (JmhCell c : rows) {
                grid.put(key(clientOf(c), modeOf(c)), c);
            }
            List<JmhCell> applicable = baselines.stream()
                    .filter(b -> appliesTo(b, first.callStyle(), first.variant()))
                    .toList();
            placed.addAll(applicable);
            groups.add(new Group(first.callStyle(), first.variant(),
                    ordered(rows.stream().map(JmhMatrix::clientOf).toList(), CLIENT_ORDER),
                    ordered(rows.stream().map(JmhMatrix::modeOf).toList(), MODE_ORDER),
                    grid, applicable));
        }
        Map<String, List<JmhCell>> unplaced = new LinkedHashMap<>();
        for (JmhCell b : baselines) {
            if (!placed.contains(b)) {
                unplaced.computeIfAbsent(b.callStyle() + "|" + variantLabel(b.variant()), k -> new ArrayList<>()).add(b);
            }
        }
        for (List<JmhCell> alone : unplaced.values()) {
            groups.add(new Group(alone.get(0).callStyle(), alone.get(0).variant(), List.of(), List.of(), Map.of(), alone));
        }
        groups.sort(GROUP_ORDER);
        return groups;
    }

    /** All clients across groups, in display order. */
    public static List<String> clients(List<Group> groups) {
        return ordered(groups.stream().flatMap(g -> g.clients().stream()).toList(), CLIENT_ORDER);
    }

    /** The groups of the headline payload (the first group's, {@code hello} in this suite) that have client cells. */
    public static List<Group> headline(List<Group> groups) {
        List<Group> withClients = groups.stream().filter(Group::hasClients).toList();
        if (withClients.isEmpty()) {
            return List.of();
        }
        String payload = withClients.get(0).payload();
        return withClients.stream().filter(g -> g.payload().equals(payload)).toList();
    }

    static boolean appliesTo(JmhCell baseline, String callStyle, Map<String, String> variant) {
        boolean styleMatches = baseline.callStyle().equals(callStyle) || baseline.callStyle().equals(CallStyle.OTHER);
        return styleMatches && baseline.variant().entrySet().stream()
                .allMatch(e -> Objects.equals(variant.get(e.getKey()), e.getValue()));
    }

    /** A cell without a client param is labelled by its method name, so it still gets a place of its own. */
    static String clientOf(JmhCell c) {
        return c.client() != null ? c.client() : c.methodName();
    }

    static String modeOf(JmhCell c) {
        return c.mode() != null ? c.mode() : "(no mode)";
    }

    static String key(String client, String mode) {
        return client + "|" + mode;
    }

    /** "hello", or "hello · batch=32": the payload value first, then every other param as name=value. */
    static String variantLabel(Map<String, String> variant) {
        List<String> parts = new ArrayList<>();
        if (variant.containsKey(JmhCell.PARAM_PAYLOAD)) {
            parts.add(variant.get(JmhCell.PARAM_PAYLOAD));
        }
        new TreeMap<>(variant).forEach((name, value) -> {
            if (!name.equals(JmhCell.PARAM_PAYLOAD)) {
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

    /** Payload in {@link Payload} order first; then each other param by name, numbers by value. */
    static int compareVariants(Map<String, String> a, Map<String, String> b) {
        int byPayload = Integer.compare(rank(a.get(JmhCell.PARAM_PAYLOAD), PAYLOAD_ORDER), rank(b.get(JmhCell.PARAM_PAYLOAD), PAYLOAD_ORDER));
        if (byPayload != 0) {
            return byPayload;
        }
        for (String name : new TreeMap<>(a).keySet()) {
            String x = a.get(name);
            String y = b.get(name);
            if (name.equals(JmhCell.PARAM_PAYLOAD) || y == null || x.equals(y)) {
                continue;
            }
            return isNumber(x) && isNumber(y) ? Double.compare(Double.parseDouble(x), Double.parseDouble(y)) : x.compareTo(y);
        }
        return variantLabel(a).compareTo(variantLabel(b));
    }

    static List<String> ordered(List<String> values, List<String> knownOrder) {
        return values.stream().distinct()
                .sorted(Comparator.comparingInt((String v) -> rank(v, knownOrder)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int rank(String value, List<String> knownOrder) {
        int i = knownOrder.indexOf(value);
        return i < 0 ? knownOrder.size() : i;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static <E extends Enum<E> & Keyed> List<String> keys(E[] constants) {
        return Arrays.stream(constants).map(Keyed::key).toList();
    }
}
