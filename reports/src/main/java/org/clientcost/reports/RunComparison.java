package org.clientcost.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientcost.clients.ClientMode;

/**
 * The perRequest/singleton ratio of every client, call style and variant, side by side for several JMH runs (JDK 17
 * against JDK 25, say): one {@link Row} per (call style, variant, client) that any of the runs has, in the
 * {@link JmhMatrix} order.
 */
final class RunComparison {

    private RunComparison() {
    }

    /**
     * One line of the comparison.
     *
     * @param group     the group the row belongs to (the first run's that has it)
     * @param client    the client
     * @param ratios    perRequest / singleton in each run, in the order of the runs; empty where the run lacks it
     * @param notSteady per run, whether the ratio rests on a cell that is not steady
     */
    record Row(JmhMatrix.Group group, String client, List<Optional<ScoreRatio>> ratios, List<Boolean> notSteady) {
    }

    static List<Row> rows(List<JmhRun> runs) {
        List<Map<String, JmhMatrix.Group>> perRun = new ArrayList<>();
        Map<String, JmhMatrix.Group> representative = new LinkedHashMap<>();
        Map<String, List<String>> clients = new LinkedHashMap<>();
        for (JmhRun run : runs) {
            Map<String, JmhMatrix.Group> groups = new LinkedHashMap<>();
            for (JmhMatrix.Group g : JmhMatrix.groups(run.result().results())) {
                if (g.hasClients()) {
                    String key = g.callStyle() + "|" + g.variantLabel();
                    groups.put(key, g);
                    representative.putIfAbsent(key, g);
                    clients.computeIfAbsent(key, k -> new ArrayList<>()).addAll(g.clients());
                }
            }
            perRun.add(groups);
        }
        List<JmhMatrix.Group> order = new ArrayList<>(representative.values());
        order.sort(JmhMatrix.GROUP_ORDER);
        String perRequest = ClientMode.PER_REQUEST.key();
        List<Row> rows = new ArrayList<>();
        for (JmhMatrix.Group g : order) {
            String key = g.callStyle() + "|" + g.variantLabel();
            for (String client : JmhMatrix.ordered(clients.get(key), JmhMatrix.CLIENT_ORDER)) {
                List<Optional<ScoreRatio>> ratios = new ArrayList<>();
                List<Boolean> notSteady = new ArrayList<>();
                for (Map<String, JmhMatrix.Group> groups : perRun) {
                    JmhMatrix.Group inRun = groups.get(key);
                    ratios.add(inRun == null ? Optional.empty() : inRun.ratioToSingleton(client, perRequest));
                    notSteady.add(inRun != null && inRun.ratioNotSteady(client, perRequest));
                }
                rows.add(new Row(g, client, ratios, notSteady));
            }
        }
        return rows;
    }
}
