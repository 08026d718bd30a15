using LangGap.Cli.Options;
using System.Globalization;
using System.Text.Json;
using LangGap.Pruning;
using LangGap.Torch.Pruning;

namespace LangGap.Cli.Commands.Pruning;

/// <summary><c>langgap prune</c>: score a parallel corpus (CAT or a baseline) and keep a fraction of it.</summary>
internal static class PruneCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new PruneOptions();
        var corpus = new Option<string?>("--corpus") { Description = "Corpus file: .jsonl (id, source, target, source_language, target_language, noise) or .tsv with that header." };
        var source = new Option<string?>("--source") { Description = "Source side, one sentence a line (with --target)." };
        var target = new Option<string?>("--target") { Description = "Target side, line-aligned with --source." };
        var sourceLanguage = new Option<string?>("--source-language") { Description = "Source language code for pairs that declare none." };
        var targetLanguage = new Option<string?>("--target-language") { Description = "Target language code for pairs that declare none." };
        var method = new Option<string>("--method") { Description = "cat, random, length, length-ratio, lid, loss or duplicates.", DefaultValueFactory = _ => "cat" };
        var aggregation = new Option<string>("--aggregation") { Description = "CAT across checkpoints: variance, mean-abs-change or cv.", DefaultValueFactory = _ => "variance" };
        var keep = new Option<double>("--keep") { Description = "Fraction of pairs kept, in (0, 1].", DefaultValueFactory = _ => defaults.Keep };
        var keepLow = new Option<bool>("--keep-low") { Description = "Keep the lowest scores instead of the highest (e.g. the shortest pairs with --method length)." };
        var perPair = new Option<bool>("--per-pair") { Description = "Keep the fraction within each language pair rather than over the whole corpus." };
        var checkpoints = new Option<string>("--checkpoints") { Description = "Training steps of the early checkpoints (cat, loss), comma-separated.", DefaultValueFactory = _ => string.Join(",", defaults.CheckpointSteps) };
        var batch = new Option<int>("--batch-size") { Description = "Pairs per training step.", DefaultValueFactory = _ => defaults.Training.BatchSize };
        var lr = new Option<double>("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => defaults.Training.LearningRate };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Longest encoded pair in bytes (source gets at most half).", DefaultValueFactory = _ => defaults.MaxTokens };
        var tiny = new Option<bool>("--tiny") { Description = "Train the far smaller test network." };
        var seed = CommonOptions.Seed("Seed of the random baseline, initialisation and batch sampling");
        var work = new Option<string?>("--work") { Description = "Folder of the training checkpoints (resumable, shareable between cat and loss); default OUT/dynamics." };
        var output = new Option<string>("--out") { Description = "Folder for kept.jsonl, removed.jsonl, scores.tsv and summary.json.", Required = true };
        var format = CommonOptions.Format("text or json (the summary).", "text", "json");
        var command = new Command("prune", "Prune a parallel corpus by early training dynamics (CAT) or a baseline, writing the kept and removed pairs.")
        {
            corpus, source, target, sourceLanguage, targetLanguage, method, aggregation, keep, keepLow, perPair, checkpoints, batch, lr, maxTokens, tiny, seed, work, output, format,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var fmt = pr.GetValue(format)!;
            var parallel = ReadCorpus(pr.GetValue(corpus), pr.GetValue(source), pr.GetValue(target), pr.GetValue(sourceLanguage), pr.GetValue(targetLanguage));
            var keepFraction = pr.GetValue(keep);
            if (!(keepFraction > 0 && keepFraction <= 1))
            {
                throw new UsageException($"--keep must be a fraction in (0, 1], found {keepFraction.ToString(CultureInfo.InvariantCulture)}.");
            }
            var options = defaults with
            {
                Method = ParseMethod(pr.GetValue(method)!),
                Aggregation = ParseAggregation(pr.GetValue(aggregation)!),
                Keep = keepFraction,
                KeepLow = pr.GetValue(keepLow),
                PerPair = pr.GetValue(perPair),
                Seed = checked((int)pr.GetValue(seed)),
                CheckpointSteps = ParseSteps(pr.GetValue(checkpoints)!, "--checkpoints"),
                Config = pr.GetValue(tiny) ? TranslationEncoding.TinyConfig : defaults.Config,
                Training = TrainingSettings(defaults.Training, pr.GetValue(batch), pr.GetValue(lr)),
                MaxTokens = pr.GetValue(maxTokens) >= 8 ? pr.GetValue(maxTokens) : throw new UsageException($"--max-tokens must be at least 8, found {pr.GetValue(maxTokens)}."),
            };
            var outDir = pr.GetValue(output)!;
            PrunedCorpusWriter.EnsureFree(outDir);
            var workDir = pr.GetValue(work) ?? Path.Combine(outDir, "dynamics");
            var result = CorpusPruner.Prune(parallel, options, workDir, line => console.Error.WriteLine(line), ct);
            var summary = PruningSummary.Of(result);
            await PrunedCorpusWriter.WriteAsync(outDir, result, summary, ct);
            if (fmt == "json")
            {
                await console.Out.WriteLineAsync(PrunedCorpusWriter.SummaryJson(summary).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                await console.Out.WriteAsync(RenderSummary(summary, outDir));
            }
            return 0;
        });
        return command;
    }

    internal static ParallelCorpus ReadCorpus(string? corpus, string? source, string? target, string? sourceLanguage, string? targetLanguage)
    {
        if (corpus is not null && (source is not null || target is not null))
        {
            throw new UsageException("Give either --corpus or --source with --target, not both.");
        }
        if (corpus is not null)
        {
            return ParallelCorpusReader.Read(corpus, sourceLanguage, targetLanguage);
        }
        if (source is null || target is null)
        {
            throw new UsageException("Give --corpus FILE, or --source A.txt with --target B.txt.");
        }
        return ParallelCorpusReader.ReadAligned(source, target, sourceLanguage, targetLanguage);
    }

    internal static LangGap.Torch.Training.TrainingOptions TrainingSettings(LangGap.Torch.Training.TrainingOptions defaults, int batchSize, double lr)
    {
        if (batchSize <= 0)
        {
            throw new UsageException($"--batch-size must be positive, found {batchSize}.");
        }
        if (!(lr > 0))
        {
            throw new UsageException($"--lr must be positive, found {lr.ToString(CultureInfo.InvariantCulture)}.");
        }
        return defaults with { BatchSize = batchSize, LearningRate = lr, MinLearningRate = lr / 10 };
    }

    internal static int[] ParseSteps(string text, string option)
    {
        var steps = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step <= 0 || (steps.Count > 0 && step <= steps[^1]))
            {
                throw new UsageException($"{option} must be ascending positive step numbers separated by commas, found '{text}'.");
            }
            steps.Add(step);
        }
        return steps.Count > 0 ? steps.ToArray() : throw new UsageException($"{option} needs at least one step, found '{text}'.");
    }

    private static PruningMethod ParseMethod(string name) => name switch
    {
        "cat" => PruningMethod.Cat,
        "random" => PruningMethod.Random,
        "length" => PruningMethod.Length,
        "length-ratio" => PruningMethod.LengthRatio,
        "lid" => PruningMethod.Lid,
        "loss" => PruningMethod.Loss,
        "duplicates" => PruningMethod.Duplicates,
        _ => throw new UsageException($"--method must be cat, random, length, length-ratio, lid, loss or duplicates, found '{name}'."),
    };

    private static CatAggregation ParseAggregation(string name) => name switch
    {
        "variance" => CatAggregation.Variance,
        "mean-abs-change" => CatAggregation.MeanAbsoluteChange,
        "cv" => CatAggregation.CoefficientOfVariation,
        _ => throw new UsageException($"--aggregation must be variance, mean-abs-change or cv, found '{name}'."),
    };

    private static string RenderSummary(PruningSummary s, string outDir)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.AppendLine(inv, $"{s.Settings}");
        text.AppendLine(inv, $"kept {s.Kept} of {s.Total} pairs ({100.0 * s.Kept / s.Total:F1}%) → {outDir}");
        text.AppendLine("                 mean    p10  median    p90  rare-word share");
        text.AppendLine(inv, $"length all   {s.LengthAll.Mean,8:F1} {s.LengthAll.P10,6:F0} {s.LengthAll.Median,7:F0} {s.LengthAll.P90,6:F0}  {s.RareWordShareAll,15:P1}");
        text.AppendLine(inv, $"length kept  {s.LengthKept.Mean,8:F1} {s.LengthKept.P10,6:F0} {s.LengthKept.Median,7:F0} {s.LengthKept.P90,6:F0}  {s.RareWordShareKept,15:P1}");
        if (s.Noise is { } noise)
        {
            text.AppendLine(inv, $"noise removed {noise.NoisyRemoved} of {noise.Noisy}: precision {noise.Precision:F3}  recall {noise.Recall:F3}");
            foreach (var (kind, recall) in noise.RecallByKind)
            {
                text.AppendLine(inv, $"  {kind,-16} recall {recall:F3}");
            }
        }
        return text.ToString();
    }
}
