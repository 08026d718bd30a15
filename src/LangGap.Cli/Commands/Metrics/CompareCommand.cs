using LangGap.Cli.Options;
using LangGap.Metrics;
using LangGap.Statistics;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;
using LangGap.Text;

namespace LangGap.Cli.Commands.Metrics;

/// <summary><c>langgap compare</c>: paired bootstrap or approximate randomisation of systems against a baseline, as sacrebleu's <c>--paired-bs</c> / <c>--paired-ar</c>.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var references = new Option<string[]>("--ref", "-r") { Description = "Reference file(s), one segment per line ('-' reads stdin).", Required = true, AllowMultipleArgumentsPerToken = true };
        var hypotheses = new Option<string[]>("--hyp", "-i") { Description = "System outputs; the first is the baseline. Repeat or list several.", Required = true, AllowMultipleArgumentsPerToken = true };
        var metricOptions = new MetricOptions();
        var pairedBs = new Option<bool>("--paired-bs", "-pbs") { Description = "Paired bootstrap resampling (the default test)." };
        var pairedAr = new Option<bool>("--paired-ar", "-par") { Description = "Paired approximate randomisation." };
        var resamples = CommonOptions.Resamples("Bootstrap resamples (default 1000) or randomisation trials (default 10000).", "--paired-bs-n", "--paired-ar-n");
        var confidence = new Option<bool>("--confidence", "-ci") { Description = "With --paired-ar: add each system's bootstrap mean ± 95% CI (the paired bootstrap always gives them)." };
        var confidenceN = new Option<int?>("--confidence-n", "-cin") { Description = "Bootstrap resamples for --confidence (default 1000)." };
        CommonOptions.AtLeast(confidenceN, 1);
        var seed = CommonOptions.Seed("Seed of the resampling stream (sacrebleu's default is 12345)");
        var correction = CommonOptions.Correction("Multiplicity correction over the systems compared with the baseline");
        var format = CommonOptions.Format("text: sacrebleu's table; json: one object per system and metric.", "text", "json");

        var command = new Command("compare", "Compare MT systems with a baseline using paired significance tests (sacrebleu semantics).") { references, hypotheses };
        metricOptions.AddTo(command);
        foreach (var option in new Option[] { pairedBs, pairedAr, resamples, confidence, confidenceN, seed, correction, format })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
        {
            var options = TestOptions(parse.GetValue(pairedBs), parse.GetValue(pairedAr), parse.GetValue(resamples), parse.GetValue(seed), parse.GetValue(correction));
            var systems = parse.GetValue(hypotheses)!;
            if (systems.Length < 2)
            {
                throw new UsageException("Option '--hyp' needs the baseline and at least one other system.");
            }
            var corpusMetrics = metricOptions.Create(parse);
            var referenceStreams = await ReadAllAsync(parse.GetValue(references)!, console, ct);
            var outputs = await ReadAllAsync(systems, console, ct);
            CheckLengths(parse.GetValue(references)!, referenceStreams, systems, outputs);
            var results = CorpusComparison.Run(corpusMetrics, systems, outputs, referenceStreams, options, ct);
            var intervals = ConfidenceResamples(options, parse.GetValue(confidence), parse.GetValue(confidenceN));
            if (intervals is { } n)
            {
                results = WithIntervals(results, corpusMetrics, systems, outputs, referenceStreams, n, options.Seed);
            }
            await console.Out.WriteAsync(parse.GetValue(format) == "json"
                ? PairedResultRenderer.Json(results)
                : PairedResultRenderer.Text(results, options, intervals));
            return ExitCodes.Success;
        });
        return command;
    }

    private static PairedTestOptions TestOptions(bool bs, bool ar, int? resamples, long seed, PValueCorrection correction)
    {
        if (bs && ar)
        {
            throw new UsageException("Options '--paired-bs' and '--paired-ar' cannot be used together.");
        }
        var method = ar ? PairedTestMethod.ApproximateRandomization : PairedTestMethod.Bootstrap;
        return new PairedTestOptions(method, resamples, checked((ulong)seed), correction);
    }

    // sacrebleu's library offers a bootstrap interval next to approximate randomisation (PairedTest's n_ar_confidence);
    // the paired bootstrap reports one anyway, so --confidence there would say nothing new.
    private static int? ConfidenceResamples(PairedTestOptions options, bool confidence, int? resamples)
    {
        if (resamples is not null && !confidence)
        {
            throw new UsageException("Option '--confidence-n' needs '--confidence'.");
        }
        if (confidence && options.Method == PairedTestMethod.Bootstrap)
        {
            throw new UsageException("Option '--confidence' goes with '--paired-ar'; the paired bootstrap always reports μ ± 95% CI.");
        }
        return confidence ? resamples ?? 1000 : null;
    }

    // Each system's bootstrap mean and half-width, from resamples shared by every system (as the paired bootstrap draws them).
    private static IReadOnlyList<PairedMetricResult> WithIntervals(
        IReadOnlyList<PairedMetricResult> results, IReadOnlyList<ICorpusMetric> metrics, string[] systems,
        IReadOnlyList<string>[] outputs, IReadOnlyList<string>[] references, int resamples, ulong seed)
    {
        var bootstrap = new PairedCorpusTest(references[0].Count, new PairedTestOptions(PairedTestMethod.Bootstrap, resamples, seed));
        return [.. results.Select((result, m) =>
        {
            var estimate = bootstrap.Run(metrics[m], systems, metrics[m].ComputeStatistics(outputs, references), references.Length);
            return result with { Rows = [.. result.Rows.Select((row, s) => row with { Mean = estimate.Rows[s].Mean, Ci = estimate.Rows[s].Ci })] };
        })];
    }

    private static async Task<IReadOnlyList<string>[]> ReadAllAsync(string[] paths, CliConsole console, CancellationToken ct)
    {
        if (paths.Count(p => p == "-") > 1)
        {
            throw new UsageException("Only one of --ref and --hyp can read standard input ('-').");
        }
        // Every file on its own thread-pool task: splitting lines is a large part of a short job.
        return await Task.WhenAll(paths.Select(p => Task.Run(() => LineFile.ReadAllLinesAsync(p, console.Input, ct), ct)));
    }

    private static void CheckLengths(string[] referencePaths, IReadOnlyList<string>[] references, string[] systemPaths, IReadOnlyList<string>[] systems)
    {
        var expected = references[0].Count;
        foreach (var (path, lines) in referencePaths.Zip(references).Concat(systemPaths.Zip(systems)))
        {
            if (lines.Count != expected)
            {
                throw new InvalidInputException($"File '{path}' has {lines.Count} lines but the reference '{referencePaths[0]}' has {expected}.");
            }
        }
        if (expected == 0)
        {
            throw new InvalidInputException($"The reference '{referencePaths[0]}' is empty.");
        }
    }
}
