package org.clientcost.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Keyed;
import org.clientcost.reports.JmhCell;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Splits a {@link BenchProfile.Pass} into the JMH runs it takes so that the slow-to-warm cells (singleton of
 * {@link BenchProfile#SLOW_TO_WARM_CLIENTS}, sync and async) get their longer warm-up and the other cells do not pay
 * for it. JMH sets warm-up per run, not per parameter value, so a pass becomes up to four runs:
 * <ol>
 *   <li>everything but the client cells (the baselines), with the profile's warm-up;</li>
 *   <li>the client cells of the other modes;</li>
 *   <li>singleton of the other clients;</li>
 *   <li>singleton of the slow-to-warm clients, with {@link BenchProfile#slowCellWarmupIterations()}.</li>
 * </ol>
 * The split is by client and mode only, for both call styles alike: async AHC singleton, warm after about 10 s, gets
 * the longer warm-up with the others rather than a fifth run.
 * The modes and clients split are the effective ones: the user's {@code -p mode=/client=} if given, else the pass's,
 * else every value. A run that would have no values is left out, and so is the baselines run of a pass whose include
 * names client cells only; a run whose include matches nothing is the
 * launcher's to skip. No split when the profile has no separate warm-up (smoke) or the user sets {@code -wi}: then
 * the user's warm-up applies to every cell, as documented.
 */
final class WarmupSplit {

    /** JMH include of the client cells, sync and async (found anywhere in the benchmark's full name). */
    static final String CLIENT_CELLS = "\\.client$";
    /** Everything else: the baselines. */
    static final String NOT_CLIENT_CELLS = "^(?!.*" + CLIENT_CELLS + ")";

    /**
     * One JMH run of a pass.
     *
     * @param name             shown in the progress line
     * @param include          the pass's include, narrowed (JMH include syntax; empty = all)
     * @param passParams       the pass's parameter values; a user's {@code -p} for the same name replaces them
     * @param splitParams      values this split derived from the user's and the pass's: set as they are
     * @param warmupIterations warm-up iterations of this run; 0 = the profile's (or the user's {@code -wi})
     */
    record Run(String name, String include, Map<String, List<String>> passParams, Map<String, List<String>> splitParams,
               int warmupIterations) {
    }

    private WarmupSplit() {
    }

    /** Whether the profile's passes split: not when it has no separate warm-up (smoke) or the user sets {@code -wi}. */
    static boolean applies(BenchProfile profile, CommandLineOptions jmh) {
        return profile.slowCellWarmupIterations() > 0 && !jmh.getWarmupIterations().hasValue();
    }

    /** The slow-to-warm cells' warm-up as printed, e.g. {@code 8 x 5000 ms} (the user's {@code -w} if given). */
    static String slowCellWarmup(BenchProfile profile, CommandLineOptions jmh) {
        String time = jmh.getWarmupTime().hasValue() ? jmh.getWarmupTime().get().toString()
                : profile.warmupMillis() + " ms";
        return profile.slowCellWarmupIterations() + " x " + time;
    }

    static List<Run> of(BenchProfile profile, BenchProfile.Pass pass, CommandLineOptions jmh) {
        Run whole = new Run(pass.name(), pass.include(), pass.params(), Map.of(), 0);
        if (!applies(profile, jmh)) {
            return List.of(whole);
        }
        List<String> modes = effective(JmhCell.PARAM_MODE, pass, jmh, ClientMode.values());
        List<String> clients = effective(JmhCell.PARAM_CLIENT, pass, jmh, ClientLibrary.values());
        String clientCells = BenchmarkLauncher.both(pass.include(), CLIENT_CELLS);
        List<Run> runs = new ArrayList<>();
        if (!pass.include().endsWith(CLIENT_CELLS)) { // a pass of client cells only (quick, batch curve) has no baselines
            runs.add(new Run(pass.name() + ", baselines", BenchmarkLauncher.both(pass.include(), NOT_CLIENT_CELLS),
                    pass.params(), Map.of(), 0));
        }
        List<String> otherModes = without(modes, List.of(ClientMode.SINGLETON.key()));
        if (!otherModes.isEmpty()) {
            runs.add(new Run(pass.name() + ", " + String.join(" ", otherModes), clientCells, pass.params(),
                    Map.of(JmhCell.PARAM_MODE, otherModes), 0));
        }
        if (modes.contains(ClientMode.SINGLETON.key())) {
            List<String> slow = clients.stream().filter(BenchProfile.SLOW_TO_WARM_CLIENTS::contains).toList();
            List<String> others = without(clients, slow);
            if (!others.isEmpty()) {
                runs.add(new Run(pass.name() + ", singleton " + String.join(" ", others), clientCells, pass.params(),
                        singleton(others), 0));
            }
            if (!slow.isEmpty()) {
                runs.add(new Run(pass.name() + ", singleton " + String.join(" ", slow) + ", "
                        + slowCellWarmup(profile, jmh) + " warm-up", clientCells, pass.params(), singleton(slow),
                        profile.slowCellWarmupIterations()));
            }
        }
        return runs;
    }

    private static Map<String, List<String>> singleton(List<String> clients) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(JmhCell.PARAM_MODE, List.of(ClientMode.SINGLETON.key()));
        params.put(JmhCell.PARAM_CLIENT, clients);
        return params;
    }

    /** The user's values for the param, else the pass's, else every key of the enum (the annotation's values). */
    private static List<String> effective(String name, BenchProfile.Pass pass, CommandLineOptions jmh,
                                          Keyed[] all) {
        if (jmh.getParameter(name).hasValue()) {
            return List.copyOf(jmh.getParameter(name).get());
        }
        List<String> own = pass.params().get(name);
        return own != null ? own : Arrays.stream(all).map(Keyed::key).toList();
    }

    private static List<String> without(List<String> values, List<String> removed) {
        return values.stream().filter(v -> !removed.contains(v)).toList();
    }
}
