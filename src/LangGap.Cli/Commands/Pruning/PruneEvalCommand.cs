using LangGap.Cli.Options;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Pruning;
using LangGap.Statistics.Resampling;
using LangGap.Torch.Pruning;

namespace LangGap.Cli.Commands.Pruning;

/// <summary><c>langgap prune-eval</c>: retrain on the full and pruned corpora, decode a test set, compare with the paired bootstrap.</summary>
internal static class PruneEvalCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new RetrainSettings();
        var train = new Option<string[]>("--train") { Description = "Training corpus as NAME=FILE.jsonl (or FILE; a kept.jsonl is named after its folder); the first is the full-data baseline. Repeat.", Required = true, AllowMultipleArgumentsPerToken = false };
        var test = new Option<string>("--test") { Description = "Held-out test corpus (.jsonl or .tsv).", Required = true };
        var steps = new Option<int>("--steps") { Description = "Training steps per system.", DefaultValueFactory = _ => defaults.Steps };
        var batch = new Option<int>("--batch-size") { Description = "Pairs per training step.", DefaultValueFactory = _ => defaults.Training.BatchSize };
        var lr = new Option<double>("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => defaults.Training.LearningRate };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Longest translation in bytes.", DefaultValueFactory = _ => defaults.MaxNewTokens };
        var tiny = new Option<bool>("--tiny") { Description = "Train the far smaller test network." };
        var seed = CommonOptions.Seed("Seed of initialisation and batch sampling (the same for every system)");
        var resamples = CommonOptions.Resamples("Bootstrap resamples (default 1000; resample seed 12345, as sacrebleu).");
        var correction = CommonOptions.Correction("Correction over the pruned systems");
        var output = new Option<string>("--out") { Description = "Folder for results.json, the hypotheses and the models (models/).", Required = true };
        var format = CommonOptions.Format("text or json.", "text", "json");
        var command = new Command("prune-eval", "Retrain on the full and each pruned corpus with the same settings and compare chrF, chrF++ and BLEU on a test set (paired bootstrap).")
        {
            train, test, steps, batch, lr, maxTokens, tiny, seed, resamples, correction, output, format,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var fmt = pr.GetValue(format)!;
            var systems = ParseSystems(pr.GetValue(train)!);
            var testCorpus = ParallelCorpusReader.Read(pr.GetValue(test)!);
            if (pr.GetValue(steps) <= 0 || (pr.GetValue(resamples) ?? 1000) <= 0 || pr.GetValue(maxTokens) <= 0)
            {
                throw new UsageException("--steps, --resamples and --max-tokens must be positive.");
            }
            var settings = defaults with
            {
                Config = pr.GetValue(tiny) ? TranslationEncoding.TinyConfig : defaults.Config,
                Training = PruneCommand.TrainingSettings(defaults.Training, pr.GetValue(batch), pr.GetValue(lr)),
                Steps = pr.GetValue(steps),
                Seed = checked((int)pr.GetValue(seed)),
                MaxNewTokens = pr.GetValue(maxTokens),
                PairedTest = new PairedTestOptions(PairedTestMethod.Bootstrap, (pr.GetValue(resamples) ?? 1000), PairedTestOptions.DefaultSeed, pr.GetValue(correction)),
            };
            var outDir = pr.GetValue(output)!;
            var resultsPath = Path.Combine(outDir, "results.json");
            if (File.Exists(resultsPath))
            {
                throw new InvalidInputException($"{resultsPath} already exists; choose another --out folder so earlier results are kept.");
            }
            var result = RetrainComparison.Run(systems, testCorpus, settings, Path.Combine(outDir, "models"), line => console.Error.WriteLine(line), ct);
            Directory.CreateDirectory(Path.Combine(outDir, "hypotheses"));
            for (var s = 0; s < result.Systems.Count; s++)
            {
                await File.WriteAllLinesAsync(Path.Combine(outDir, "hypotheses", result.Systems[s] + ".txt"), result.Hypotheses[s].Select(h => h.Replace('\n', ' ')), ct);
            }
            var json = Json(result, settings);
            await File.WriteAllTextAsync(resultsPath, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", ct);
            await console.Out.WriteAsync(fmt == "json" ? json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n" : Render(result, settings));
            return 0;
        });
        return command;
    }

    private static List<(string, ParallelCorpus)> ParseSystems(string[] values)
    {
        if (values.Length < 2)
        {
            throw new UsageException("--train needs the full corpus and at least one pruned corpus (give it twice or more).");
        }
        var systems = new List<(string, ParallelCorpus)>();
        foreach (var value in values)
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            var path = eq > 0 ? value[(eq + 1)..] : value;
            var name = eq > 0 ? value[..eq]
                : Path.GetFileName(path) == "kept.jsonl" ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))!
                : Path.GetFileNameWithoutExtension(path);
            if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or "..")
            {
                throw new UsageException($"--train: '{name}' cannot name a system (it names a folder); use NAME=FILE.");
            }
            if (systems.Any(s => s.Item1 == name))
            {
                throw new UsageException($"--train: the name '{name}' is used twice; use NAME=FILE to tell them apart.");
            }
            systems.Add((name, ParallelCorpusReader.Read(path)));
        }
        return systems;
    }

    private static string Render(RetrainComparisonResult result, RetrainSettings settings)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"retrained {result.Systems.Count} systems × {settings.Steps} steps (seed {settings.Seed}); paired bootstrap against '{result.Systems[0]}' ({settings.PairedTest.SignatureFields}, {settings.PairedTest.Correction.ToString().ToLowerInvariant()} correction)");
        foreach (var pair in result.Pairs)
        {
            text.AppendLine();
            text.AppendLine(inv, $"{pair.Pair}  ({pair.Segments} test segments)");
            text.Append(inv, $"{"system",-16} {"pairs",6}");
            foreach (var metric in pair.Metrics)
            {
                text.Append(inv, $"  {metric.Metric,16} {"p",6}");
            }
            text.AppendLine();
            for (var s = 0; s < result.Systems.Count; s++)
            {
                text.Append(inv, $"{result.Systems[s],-16} {result.TrainingPairs[s],6}");
                foreach (var metric in pair.Metrics)
                {
                    var row = metric.Rows[s];
                    var p = row.PAdjusted is { } adjusted ? adjusted.ToString("F4", inv) : "";
                    text.Append(inv, $"  {row.Score,7:F2} ({row.Mean ?? double.NaN,5:F2}±{row.Ci ?? double.NaN,4:F2}) {p,6}");
                }
                text.AppendLine();
            }
        }
        foreach (var metric in result.Pairs.FirstOrDefault()?.Metrics ?? [])
        {
            text.AppendLine(inv, $"{metric.Metric}: {metric.Signature}");
        }
        return text.ToString();
    }

    private static JsonObject Json(RetrainComparisonResult result, RetrainSettings settings)
    {
        var pairs = new JsonArray();
        foreach (var pair in result.Pairs)
        {
            var metrics = new JsonArray();
            foreach (var metric in pair.Metrics)
            {
                metrics.Add(new JsonObject
                {
                    ["metric"] = metric.Metric,
                    ["signature"] = metric.Signature,
                    ["rows"] = new JsonArray(metric.Rows.Select(r => (JsonNode?)new JsonObject
                    {
                        ["system"] = r.System,
                        ["score"] = Math.Round(r.Score, 4),
                        ["mean"] = r.Mean is { } m ? Math.Round(m, 4) : null,
                        ["ci"] = r.Ci is { } c ? Math.Round(c, 4) : null,
                        ["p"] = r.PValue is { } p ? Math.Round(p, 4) : null,
                        ["p_adjusted"] = r.PAdjusted is { } q ? Math.Round(q, 4) : null,
                    }).ToArray()),
                });
            }
            pairs.Add(new JsonObject { ["pair"] = pair.Pair, ["segments"] = pair.Segments, ["metrics"] = metrics });
        }
        return new JsonObject
        {
            ["systems"] = new JsonArray(result.Systems.Select((s, i) => (JsonNode?)new JsonObject { ["name"] = s, ["training_pairs"] = result.TrainingPairs[i] }).ToArray()),
            ["steps"] = settings.Steps,
            ["seed"] = settings.Seed,
            ["batch_size"] = settings.Training.BatchSize,
            ["lr"] = settings.Training.LearningRate,
            ["model"] = $"{settings.Config.NumLayers}x{settings.Config.HiddenSize}",
            ["test"] = settings.PairedTest.SignatureFields,
            ["pairs"] = pairs,
        };
    }
}
