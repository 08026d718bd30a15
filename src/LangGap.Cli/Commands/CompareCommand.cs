using LangGap.Cli.Options;
using LangGap.Statistics;
using LangGap.Statistics.Resampling;
using LangGap.Text;

namespace LangGap.Cli.Commands;

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
        var seed = CommonOptions.Seed("Seed of the resampling stream (sacrebleu's default is 12345)");
        var correction = CommonOptions.Correction("Multiplicity correction over the systems compared with the baseline");
        var format = CommonOptions.Format("text: sacrebleu's table; json: one object per system and metric.", "text", "json");

        var command = new Command("compare", "Compare MT systems with a baseline using paired significance tests (sacrebleu semantics).") { references, hypotheses };
        metricOptions.AddTo(command);
        foreach (var option in new Option[] { pairedBs, pairedAr, resamples, seed, correction, format })
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
            await console.Out.WriteAsync(parse.GetValue(format) == "json"
                ? PairedResultRenderer.Json(results)
                : PairedResultRenderer.Text(results, options));
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
