package org.clientcost.jmh;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.ResultFileNames;
import org.clientcost.reports.SteadyStateAnnotation;
import org.clientcost.server.launch.TargetEndpoint;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The main job behind {@code mvn -pl jmh verify}: starts the target server once in its own JVM (or uses
 * {@code --target-url}), runs the JMH matrix with the chosen {@link BenchProfile} and the {@link CostProfiler}
 * in forks that get {@code -Dtarget.url}, writes the JSON result (each entry with its steady-state verdict),
 * {@code jmh-env.json}, the summary as Markdown ({@code jmh-summary.md}) and, when {@code -rf} asks for one, the
 * result in another JMH format beside the JSON ({@link ResultFileNames}); prints the summary table, and exits
 * non-zero when a benchmark failed or the accounting has the wrong shape ({@link AccountingCheck}).
 * The server is stopped on every path out, including failures.
 */
public final class BenchmarkLauncher {

    private static final String RESULT_FORMAT_OPTION = "-rf";

    /** First JDK feature release that knows {@code --sun-misc-unsafe-memory-access} (JEP 471). */
    private static final int UNSAFE_WARNING_FEATURE = 23;

    private BenchmarkLauncher() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(LauncherOptions.parse(args), System.out);
        } catch (LauncherOptions.BadOptionException e) {
            System.err.println("jmh launcher: " + e.getMessage());
            status = 2;
        } catch (NoBenchmarksException e) {
            System.err.println("jmh launcher: no benchmark matches bench.include / jmh.args; list them with java -jar jmh/target/benchmarks.jar -l");
            status = 2;
        } catch (RunnerException e) {
            String why = e.getMessage() != null ? e.getMessage() : String.valueOf(e.getCause());
            System.err.println("jmh launcher: the benchmark run failed (see the output above): " + why);
            status = 1;
        } catch (Exception e) {
            System.err.println("jmh launcher: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    static int run(LauncherOptions options, PrintStream out) throws Exception {
        if (options.help()) {
            out.println(LauncherOptions.USAGE);
            return 0;
        }
        Optional<ResultFormatType> extraFormat = extraFormat(options.jmhArgs());
        CommandLineOptions jmh = jmhOptions(withoutResultFormat(options.jmhArgs()));
        if (jmh.shouldHelp()) {
            jmh.showHelp();
            return 0;
        }
        if (jmh.shouldList() || jmh.shouldListWithParams()) {
            Runner lister = new Runner(jmh);
            if (jmh.shouldListWithParams()) {
                lister.listWithParams(jmh);
            } else {
                lister.list();
            }
            return 0;
        }
        if (!options.targetUrl().isEmpty()) {
            System.setProperty(TargetEndpoint.URL_PROPERTY, options.targetUrl());
        }

        Instant date = Instant.now();
        long start = System.nanoTime();
        BenchProfile profile = options.profile();
        Path result = options.result().toAbsolutePath();
        Path env = ResultFileNames.environmentOf(result);
        Path markdown = ResultFileNames.markdownSummaryOf(result);
        String about = String.format(Locale.ROOT, "client-cost JMH, profile %s: %d fork(s), %d x %d ms warmup%s, %d x %d ms measurement, %s%s",
                profile.key(), profile.forks(), profile.warmupIterations(), profile.warmupMillis(),
                !WarmupSplit.applies(profile, jmh) ? ""
                        : " (singleton " + String.join(" ", BenchProfile.SLOW_TO_WARM_CLIENTS) + ": "
                        + WarmupSplit.slowCellWarmup(profile, jmh) + ")",
                profile.measurementIterations(), profile.measurementMillis(),
                profile.passes().stream().map(BenchProfile.Pass::name).collect(Collectors.joining(" + ")),
                options.jmhArgs().isEmpty() ? "" : "; JMH options " + String.join(" ", options.jmhArgs()) + " take precedence");
        List<RunResult> results;
        try (TargetEndpoint target = resolveTarget()) {
            Files.createDirectories(result.getParent());
            // never leave an older run's file looking like this run's
            for (Path stale : List.of(result, env, markdown)) {
                Files.deleteIfExists(stale);
            }
            for (ResultFormatType format : ResultFormatType.values()) {
                Files.deleteIfExists(ResultFileNames.formatOf(result, format.name()));
            }
            out.println(about);
            out.println("target server: " + target.uri() + (target.external() ? " (external)" : " (own JVM, started for this run)"));
            System.setProperty(TargetEndpoint.URL_PROPERTY, target.uri().toString()); // also for -f 0 runs in this JVM
            if (target.https()) {
                out.println("target server https: " + target.tlsUri() + ", certificate " + target.certificate());
                System.setProperty(TargetEndpoint.TLS_URL_PROPERTY, target.tlsUri().toString());
                System.setProperty(TargetEndpoint.CERTIFICATE_PROPERTY, target.certificate().toString());
            }
            OutputFormat format = jmh.verbosity().hasValue()
                    ? OutputFormatFactory.createFormatInstance(out, jmh.verbosity().get())
                    : new CompactProgressFormat(out);
            results = runPasses(profile, options, jmh, target, format, out);
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, result.toString()).writeOut(results);

        if (results.isEmpty()) {
            System.err.println("jmh launcher: no benchmark matched; see `java -jar benchmarks.jar -l`");
            return 1;
        }
        EnvironmentSidecar.write(env, date, profile);
        SteadyStateAnnotation.write(result);
        List<JmhCell> cells = RunResultCells.of(results);
        Optional<Path> extra = extraFormat.map(format -> ResultFileNames.formatOf(result, format.name()));
        if (extra.isPresent()) {
            ResultFormatFactory.getInstance(extraFormat.get(), extra.get().toString()).writeOut(results);
        }
        Files.writeString(markdown, SummaryTable.markdown(cells, List.of(about,
                "JDK " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
                        + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, started " + date.truncatedTo(ChronoUnit.SECONDS),
                "JMH JSON: `" + result.getFileName() + "`, environment: `" + env.getFileName() + "`")), StandardCharsets.UTF_8);
        SummaryTable.print(cells, out);
        out.println();
        out.println("JMH result:  " + result + " (with each cell's steady-state verdict)");
        extra.ifPresent(file -> out.println("as -rf " + extraFormat.get().name().toLowerCase(Locale.ROOT) + ":  " + file));
        out.println("environment: " + env);
        out.println("summary:     " + markdown + " (Markdown)");
        out.printf(Locale.ROOT, "wall time:   %.0f s%n", (System.nanoTime() - start) / 1e9);

        List<String> violations = AccountingCheck.violations(cells);
        if (!violations.isEmpty()) {
            System.err.println("jmh launcher: the accounting has the wrong shape:");
            violations.forEach(v -> System.err.println("  " + v));
            return 1;
        }
        return 0;
    }

    private static TargetEndpoint resolveTarget() throws LauncherOptions.BadOptionException {
        try {
            return TargetEndpoint.resolve();
        } catch (IllegalArgumentException e) { // only for an unusable -Dtarget.url / --target-url
            throw new LauncherOptions.BadOptionException(e.getMessage());
        }
    }

    /** The user's JMH options; {@code -rff} is refused: the result paths are fixed. */
    static CommandLineOptions jmhOptions(List<String> args) throws LauncherOptions.BadOptionException {
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(args.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new LauncherOptions.BadOptionException("jmh.args: " + e.getMessage());
        }
        if (jmh.getResult().hasValue()) {
            throw new LauncherOptions.BadOptionException("jmh.args: -rff is set by the launcher (JSON to the documented path, "
                    + "an -rf format beside it); remove it");
        }
        return jmh;
    }

    /**
     * The format {@code -rf csv|scsv|text|latex} asks for, written beside the JSON (which is always written, so
     * {@code -rf json} adds nothing).
     */
    static Optional<ResultFormatType> extraFormat(List<String> args) throws LauncherOptions.BadOptionException {
        CommandLineOptions jmh = jmhOptions(args);
        return jmh.getResultFormat().hasValue() && jmh.getResultFormat().get() != ResultFormatType.JSON
                ? Optional.of(jmh.getResultFormat().get()) : Optional.empty();
    }

    /** The args without {@code -rf X} (or {@code -rf=X}), so that JMH's runner writes no result file of its own. */
    static List<String> withoutResultFormat(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(RESULT_FORMAT_OPTION)) {
                i++; // and its value
            } else if (!arg.startsWith(RESULT_FORMAT_OPTION + "=")) {
                kept.add(arg);
            }
        }
        return kept;
    }

    /**
     * Runs the profile's passes one after the other, each as the JMH runs of its {@link WarmupSplit}, and returns
     * all their results. A pass that nothing matches (the user's include narrowed it away) is skipped with a line
     * (one of its split runs matching nothing, silently); if no pass matches anything, JMH's
     * {@link NoBenchmarksException} goes up as for a single run. A user's {@code -p batch} skips the passes that
     * set batch themselves (the batch curve), since they exist to vary exactly that.
     */
    private static List<RunResult> runPasses(BenchProfile profile, LauncherOptions options, CommandLineOptions jmh,
                                             TargetEndpoint target, OutputFormat format, PrintStream out)
            throws RunnerException {
        List<BenchProfile.Pass> passes = jmh.getParameter(AsyncBatchBenchmark.BATCH_PARAM).hasValue()
                ? profile.passes().stream().filter(p -> !p.params().containsKey(AsyncBatchBenchmark.BATCH_PARAM)).toList()
                : profile.passes();
        List<RunResult> results = new ArrayList<>();
        for (BenchProfile.Pass pass : passes) {
            List<WarmupSplit.Run> runs = WarmupSplit.of(profile, pass, jmh);
            int before = results.size();
            for (WarmupSplit.Run run : runs) {
                if (passes.size() > 1 || runs.size() > 1) {
                    out.println("pass: " + run.name());
                }
                try {
                    results.addAll(new Runner(runOptions(profile, run, options, jmh, target), format).run());
                } catch (NoBenchmarksException e) {
                    if (passes.size() == 1 && runs.size() == 1) {
                        throw e;
                    }
                }
            }
            if (results.size() == before && passes.size() > 1) {
                out.println("pass " + pass.name() + ": no benchmark matches the include, skipped");
            }
        }
        if (results.isEmpty()) {
            throw new NoBenchmarksException();
        }
        return results;
    }

    /**
     * The profile and the run fill in what the user's JMH options leave unset; the user's options always win, except
     * over the values the run's split derived from them. The run's include and the user's include must both match
     * (a regex with two lookaheads, as JMH finds includes anywhere in the benchmark's name).
     */
    static Options runOptions(BenchProfile profile, WarmupSplit.Run run, LauncherOptions options,
                              CommandLineOptions jmh, TargetEndpoint target) {
        ChainedOptionsBuilder b = new OptionsBuilder().parent(jmh);
        String include = both(run.include(), options.include());
        if (!include.isEmpty()) {
            b.include(include);
        }
        boolean schemeChosen = !options.scheme().isEmpty() && !jmh.getParameter(ClientUnderTest.SCHEME_PARAM).hasValue();
        run.passParams().forEach((name, values) -> {
            // param() adds to a name's values, so a -Dbench.scheme must not meet the pass's own scheme
            if (!jmh.getParameter(name).hasValue() && !run.splitParams().containsKey(name)
                    && !(schemeChosen && name.equals(ClientUnderTest.SCHEME_PARAM))) {
                b.param(name, values.toArray(String[]::new));
            }
        });
        run.splitParams().forEach((name, values) -> b.param(name, values.toArray(String[]::new)));
        if (schemeChosen) {
            b.param(ClientUnderTest.SCHEME_PARAM, options.scheme()); // -Dbench.scheme replaces the pass's schemes; -p scheme=... wins
        }
        if (!jmh.getForkCount().hasValue()) {
            b.forks(profile.forks());
        }
        if (!jmh.getWarmupIterations().hasValue()) {
            b.warmupIterations(run.warmupIterations() > 0 ? run.warmupIterations() : profile.warmupIterations());
        }
        if (!jmh.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.milliseconds(profile.warmupMillis()));
        }
        if (!jmh.getMeasurementIterations().hasValue()) {
            b.measurementIterations(profile.measurementIterations());
        }
        if (!jmh.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.milliseconds(profile.measurementMillis()));
        }
        if (!jmh.shouldFailOnError().hasValue()) {
            b.shouldFailOnError(true); // a wrong answer fails the run instead of leaving a hole in the table
        }
        List<String> append = new ArrayList<>(jmh.getJvmArgsAppend().orElse(List.of()));
        append.add("-D" + TargetEndpoint.URL_PROPERTY + "=" + target.uri());
        if (target.https()) {
            append.add("-D" + TargetEndpoint.TLS_URL_PROPERTY + "=" + target.tlsUri());
            append.add("-D" + TargetEndpoint.CERTIFICATE_PROPERTY + "=" + target.certificate());
        }
        if (Runtime.version().feature() >= UNSAFE_WARNING_FEATURE && !jmh.getJvm().hasValue()) {
            // JMH 1.37 itself calls sun.misc.Unsafe; from JDK 24 on every fork would print four warning lines.
            append.add("--sun-misc-unsafe-memory-access=allow");
        }
        b.jvmArgsAppend(append.toArray(String[]::new));
        if (jmh.getProfilers().stream().noneMatch(p -> p.getKlass().equals(CostProfiler.class.getName()))) {
            b.addProfiler(CostProfiler.class); // always on; only once when -prof names it too
        }
        return b.build();
    }

    /** A regex matching names that match both (either may be empty = anything). */
    static String both(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.isEmpty() ? second : first;
        }
        return "^(?=.*(?:" + first + "))(?=.*(?:" + second + "))";
    }
}
