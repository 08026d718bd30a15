using LangGap.Metrics;
using LangGap.Statistics;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;
using LangGap.Text;

namespace LangGap.Cli.Commands;

/// <summary><c>langgap compare</c>: paired bootstrap or approximate randomisation of systems against a baseline, as sacrebleu's <c>--paired-bs</c> / <c>--paired-ar</c>.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var references = new Option<string[]>("--ref", "-r") { Description = "Reference file(s), one segment per line ('-' reads stdin).", Required = true, AllowMultipleArgumentsPerToken = true };
        var hypotheses = new Option<string[]>("--hyp") { Description = "System outputs; the first is the baseline. Repeat or list several.", Required = true, AllowMultipleArgumentsPerToken = true };
        var metrics = new Option<string[]>("--metric", "-m") { Description = "Metrics: bleu, chrf, chrf++, ter (default: bleu).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["bleu"] };
        var pairedBs = new Option<bool>("--paired-bs") { Description = "Paired bootstrap resampling (the default test)." };
        var pairedAr = new Option<bool>("--paired-ar") { Description = "Paired approximate randomisation." };
        var bsSamples = new Option<int?>("--bs-samples") { Description = "Bootstrap resamples (default 1000)." };
        var arTrials = new Option<int?>("--ar-trials") { Description = "Approximate-randomisation trials (default 10000)." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the resampling stream (default 12345, as sacrebleu).", DefaultValueFactory = _ => PairedTestOptions.DefaultSeed };
        var correction = new Option<string>("--correction") { Description = "Multiplicity correction over systems: none, bonferroni, holm, bh.", DefaultValueFactory = _ => "none" };
        var format = new Option<string>("--format") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };

        var command = new Command("compare", "Compare MT systems with a baseline using paired significance tests (sacrebleu semantics).");
        foreach (var option in new Option[] { references, hypotheses, metrics, pairedBs, pairedAr, bsSamples, arTrials, seed, correction, format })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
        {
            var output = Format(parse.GetValue(format)!);
            var options = TestOptions(parse.GetValue(pairedBs), parse.GetValue(pairedAr), parse.GetValue(bsSamples), parse.GetValue(arTrials), parse.GetValue(seed), parse.GetValue(correction)!);
            var systems = parse.GetValue(hypotheses)!;
            if (systems.Length < 2)
            {
                throw new UsageException("--hyp needs the baseline and at least one other system.");
            }
            var corpusMetrics = parse.GetValue(metrics)!.Select(CreateMetric).ToArray();
            var referenceStreams = await ReadAllAsync(parse.GetValue(references)!, console, ct);
            var outputs = await ReadAllAsync(systems, console, ct);
            CheckLengths(parse.GetValue(references)!, referenceStreams, systems, outputs);
            var results = CorpusComparison.Run(corpusMetrics, systems, outputs, referenceStreams, options, ct);
            await console.Out.WriteAsync(output == "json"
                ? PairedResultRenderer.Json(results)
                : PairedResultRenderer.Text(results, options));
            return ExitCodes.Success;
        });
        return command;
    }

    private static PairedTestOptions TestOptions(bool bs, bool ar, int? bsSamples, int? arTrials, ulong seed, string correction)
    {
        if (bs && ar)
        {
            throw new UsageException("--paired-bs and --paired-ar cannot be used together.");
        }
        if (ar && bsSamples is not null)
        {
            throw new UsageException("--bs-samples applies to --paired-bs, not --paired-ar.");
        }
        if (!ar && arTrials is not null)
        {
            throw new UsageException("--ar-trials needs --paired-ar.");
        }
        var samples = ar ? arTrials : bsSamples;
        if (samples is <= 0)
        {
            throw new UsageException($"{(ar ? "--ar-trials" : "--bs-samples")} must be a positive number, found {samples}.");
        }
        var method = ar ? PairedTestMethod.ApproximateRandomization : PairedTestMethod.Bootstrap;
        return new PairedTestOptions(method, samples, seed, ParseCorrection(correction));
    }

    internal static string Format(string format) => format is "text" or "json"
        ? format
        : throw new UsageException($"--format must be text or json, found '{format}'.");

    internal static PValueCorrection ParseCorrection(string name) => name switch
    {
        "none" => PValueCorrection.None,
        "bonferroni" => PValueCorrection.Bonferroni,
        "holm" => PValueCorrection.Holm,
        "bh" => PValueCorrection.BenjaminiHochberg,
        _ => throw new UsageException($"--correction must be none, bonferroni, holm or bh, found '{name}'."),
    };

    private static ICorpusMetric CreateMetric(string name) => name.ToLowerInvariant() switch
    {
        "chrf++" or "chrfpp" => CorpusMetricFactory.Create("chrf", new MetricSettings { ChrFWordOrder = 2 }),
        _ when CorpusMetricFactory.IsKnown(name) => CorpusMetricFactory.Create(name),
        _ => throw new UsageException($"--metric must be bleu, chrf, chrf++ or ter, found '{name}'."),
    };

    private static async Task<IReadOnlyList<string>[]> ReadAllAsync(string[] paths, CliConsole console, CancellationToken ct)
    {
        if (paths.Count(p => p == "-") > 1)
        {
            throw new UsageException("Only one of --ref and --hyp can read standard input ('-').");
        }
        return await Task.WhenAll(paths.Select(p => LineFile.ReadAllLinesAsync(p, console.Input, ct)));
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
