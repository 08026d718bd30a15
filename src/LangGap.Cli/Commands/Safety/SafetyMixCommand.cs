using LangGap.Torch.Resolution;
using System.Globalization;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Suites;
using LangGap.Models;
using LangGap.Safety;
using LangGap.Safety.Mixing;
using LangGap.Torch.Generation;
using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands.Safety;

/// <summary><c>langgap safety-mix</c>: SFT and DPO JSONL mixing red-team prompts (with safe replies) into general prompts at a ratio.</summary>
internal static class SafetyMixCommand
{
    public static Command Create(CliConsole console)
    {
        var redTeam = new Option<string>("--redteam") { Description = "Red-team prompts in the Aya schema: a JSONL/CSV/TSV/Parquet file, hf:OWNER/NAME[:CONFIG[:SPLIT]], or redteam-demo.", DefaultValueFactory = _ => "redteam-demo" };
        var general = new Option<string>("--general") { Description = "General prompts (JSONL: prompt, language, optional completion) to mix with.", Required = true };
        var ratio = new Option<double>("--ratio") { Description = "Share of red-team examples in [0, 1] (the Prism experiments used 0, 0.15 and 1).", DefaultValueFactory = _ => 0.15 };
        var size = new Option<int?>("--size") { Description = "Examples in the mix (default: the largest mix at --ratio that uses no prompt twice)." };
        var seed = new Option<long>("--seed") { Description = "Seed of selection and order.", DefaultValueFactory = _ => 0 };
        var outDir = new Option<string>("--out") { Description = "Output folder for sft.jsonl, dpo.jsonl and safety-mix.json (existing files are never overwritten).", Required = true };
        var teacher = new Option<string?>("--teacher") { Description = "A teacher model writing answers to general prompts without one, and safe replies: an id from --models, 'embedded', or a model folder." };
        var models = new Option<string?>("--models") { Description = "A models file (JSON or YAML) naming OpenAI-compatible endpoints." };
        var safeReplies = new Option<string>("--safe-replies") { Description = "Who writes safe replies to red-team prompts: teacher (when given) or template.", DefaultValueFactory = _ => "teacher" };
        safeReplies.AcceptOnlyFromAmong("teacher", "template");
        var maxTokens = new Option<int>("--max-tokens") { Description = "Longest teacher reply.", DefaultValueFactory = _ => 256 };
        var allowUnknown = new Option<bool>("--allow-unknown-categories") { Description = "Keep harm categories outside the nine Aya categories instead of failing." };
        var command = new Command("safety-mix", "Write SFT and DPO JSONL mixing red-team prompts (safe replies) with general prompts, stratified by language and global/local.")
        {
            redTeam, general, ratio, size, seed, outDir, teacher, models, safeReplies, maxTokens, allowUnknown,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var options = new SafetyMixOptions
            {
                Ratio = pr.GetValue(ratio),
                Size = pr.GetValue(size),
                Seed = pr.GetValue(seed),
                MaxTokens = pr.GetValue(maxTokens),
                TeacherWritesSafeReplies = pr.GetValue(safeReplies) == "teacher",
            };
            if (options.Validate() is { Count: > 0 } problems) throw new UsageException(string.Join(" ", problems));
            var generalPath = pr.GetValue(general)!;
            if (!File.Exists(generalPath)) throw new UsageException($"--general '{generalPath}' does not exist.");
            var (spec, source) = RedTeamSpec(pr.GetValue(redTeam)!);
            var prompts = await new RedTeamDataset { Source = spec, AllowUnknownCategories = pr.GetValue(allowUnknown) }.LoadAsync(ct);
            var plain = await new DatasetSpec { Format = DatasetFormat.Jsonl, Path = generalPath, Fields = new FieldMapping { References = ["completion", "response"] } }.LoadAsync(ct);
            // One resolver for every model a command names: it owns the teacher's client and disposes it.
            using var resolver = await ModelResolver.CreateAsync(pr.GetValue(models), ct);
            var teacherId = pr.GetValue(teacher);
            var client = teacherId is null ? null : resolver.ResolveClient(teacherId, "--teacher");
            var summary = await SafetyMixWriter.WriteAsync(prompts, source, plain, Path.GetFileName(generalPath), pr.GetValue(outDir)!, options, client, teacherId, ct);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"safety-mix: {summary.Safety} red-team + {summary.General} general examples (ratio {summary.Ratio}, seed {summary.Seed})"));
            foreach (var (stratum, count) in summary.Strata.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stratum}  {count}"));
            }
            console.Out.WriteLine($"wrote {summary.SftPath} and {summary.DpoPath}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The dataset of <c>--redteam</c> and its name for provenance (a file name, never a full path).</summary>
    private static (DatasetSpec Spec, string Source) RedTeamSpec(string value)
    {
        if (value.StartsWith("hf:", StringComparison.Ordinal))
        {
            var parts = value[3..].Split(':');
            var spec = new DatasetSpec { Format = DatasetFormat.HuggingFace, Path = parts[0], Fields = DatasetLoader.AyaRedTeaming };
            spec = parts.Length > 1 ? spec with { HubConfig = parts[1] } : spec;
            spec = parts.Length > 2 ? spec with { HubSplit = parts[2] } : spec;
            return (spec, value);
        }
        var path = SuiteLoader.BuiltIn.Contains(value, StringComparer.Ordinal) && !File.Exists(value)
            ? Path.Combine(Path.GetDirectoryName(SuiteLoader.Resolve(value))!, "prompts.jsonl")
            : value;
        if (!File.Exists(path)) throw new UsageException($"--redteam '{value}' is not a file, hf:OWNER/NAME or redteam-demo.");
        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => DatasetFormat.Csv,
            ".tsv" => DatasetFormat.Tsv,
            ".parquet" => DatasetFormat.Parquet,
            _ => DatasetFormat.AyaRedTeaming,
        };
        return (new DatasetSpec { Format = format, Path = path, Fields = DatasetLoader.AyaRedTeaming }, Path.GetFileName(path));
    }
}
