using System.Globalization;
using System.Text;
using System.Text.Json;
using LangGap.Cli.Options;
using LangGap.Evaluation.ScoreFiles;
using LangGap.Statistics.Paired;

namespace LangGap.Cli.Commands.Metrics;

/// <summary><c>langgap significance</c>: a paired test on two per-sample score files joined by sample id.</summary>
internal static class SignificanceCommand
{
    public static Command Create(CliConsole console)
    {
        var a = new Option<string>("--a") { Description = "Per-sample scores of system A (JSONL, or TSV with a header; '-' reads stdin).", Required = true };
        var b = new Option<string>("--b") { Description = "Per-sample scores of system B, same format and sample ids.", Required = true };
        var key = new Option<string>("--key") { Description = "Field with the sample id (default: id).", DefaultValueFactory = _ => "id" };
        var value = new Option<string>("--value") { Description = "Field with the score (default: score).", DefaultValueFactory = _ => "score" };
        var cluster = new Option<string?>("--cluster") { Description = "Field with the prompt id when there are several generations per prompt: resample prompts, not generations." };
        var test = new Option<string>("--test") { Description = "bootstrap, permutation, mcnemar, t or wilcoxon (default: bootstrap).", DefaultValueFactory = _ => "bootstrap" };
        var resamples = CommonOptions.Resamples($"Resamples (bootstrap) or trials (permutation) (default {PairedBootstrapTest.DefaultResamples}).");
        var seed = CommonOptions.Seed("Seed of the resampling stream");
        var format = CommonOptions.Format("text or json.", "text", "json");

        var command = new Command("significance", "Paired significance test for two per-sample score files (accuracy, judge scores, harmful yes/no, chrF per segment).");
        foreach (var option in new Option[] { a, b, key, value, cluster, test, resamples, seed, format })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
        {
            var (pathA, pathB) = (parse.GetValue(a)!, parse.GetValue(b)!);
            if (pathA == "-" && pathB == "-")
            {
                throw new UsageException("Only one of --a and --b can read standard input ('-').");
            }
            var testName = parse.GetValue(test)!;
            if (testName is not ("bootstrap" or "permutation" or "mcnemar" or "t" or "wilcoxon"))
            {
                throw new UsageException($"--test must be bootstrap, permutation, mcnemar, t or wilcoxon, found '{testName}'.");
            }
            var count = parse.GetValue(resamples);
            if (count is not null && testName is not ("bootstrap" or "permutation"))
            {
                throw new UsageException("Option '--resamples' applies to --test bootstrap or permutation only.");
            }
            var clusterField = parse.GetValue(cluster);
            var scoresA = await SampleScoreFile.ReadAsync(pathA, parse.GetValue(key)!, parse.GetValue(value)!, clusterField, console.Input, ct);
            var scoresB = await SampleScoreFile.ReadAsync(pathB, parse.GetValue(key)!, parse.GetValue(value)!, clusterField, console.Input, ct);
            var paired = SampleScoreFile.Pair(scoresA, scoresB, pathA, pathB);
            var result = Run(testName, paired, count, checked((ulong)parse.GetValue(seed)));
            await console.Out.WriteAsync(parse.GetValue(format) == "json" ? Json(result) : Text(result, pathA, pathB));
            return ExitCodes.Success;
        });
        return command;
    }

    private static PairedTestResult Run(string test, PairedScores scores, int? samples, ulong seed)
    {
        try
        {
            return test switch
            {
                "bootstrap" => PairedBootstrapTest.Run(scores, samples ?? PairedBootstrapTest.DefaultResamples, seed),
                "permutation" => PairedPermutationTest.Run(scores, samples ?? PairedPermutationTest.DefaultTrials, seed),
                "mcnemar" => McNemarTest.Run(scores),
                "t" => PairedTTest.Run(scores),
                _ => WilcoxonSignedRankTest.Run(scores),
            };
        }
        catch (ArgumentException ex)
        {
            // The tests reject data they cannot use (non-binary McNemar input, clustered McNemar, all-zero differences).
            throw new InvalidInputException(ex.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static string Text(PairedTestResult r, string nameA, string nameB)
    {
        var text = new StringBuilder();
        text.AppendLine($"A: {nameA}  mean {F(r.MeanA)}");
        text.AppendLine($"B: {nameB}  mean {F(r.MeanB)}");
        text.AppendLine($"pairs: {r.Pairs}  clusters: {r.Clusters}");
        var interval = r.Lower is { } lo && r.Upper is { } hi ? $"  95% CI [{F(lo)}, {F(hi)}]" : "";
        text.AppendLine($"difference (A − B): {F(r.Difference)}{interval}");
        var statistic = r.Statistic is { } s ? $"  statistic {F(s)}" : "";
        text.AppendLine($"test: {r.Test}{statistic}  p = {F(r.PValue)}{(r.PValue <= 0.05 ? " *" : "")}");
        text.AppendLine($"signature: {r.Test}|{r.Detail}|version:{LangGapVersion.Current}");
        return text.ToString();
    }

    private static string Json(PairedTestResult r)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("test", r.Test);
            writer.WriteNumber("pairs", r.Pairs);
            writer.WriteNumber("clusters", r.Clusters);
            writer.WriteNumber("mean_a", r.MeanA);
            writer.WriteNumber("mean_b", r.MeanB);
            writer.WriteNumber("difference", r.Difference);
            Number(writer, "ci_lower", r.Lower);
            Number(writer, "ci_upper", r.Upper);
            Number(writer, "statistic", r.Statistic);
            writer.WriteNumber("p_value", r.PValue);
            writer.WriteString("signature", $"{r.Test}|{r.Detail}|version:{LangGapVersion.Current}");
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
