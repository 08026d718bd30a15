using System.Globalization;
using LangGap.Cli.Commands.Eval;
using LangGap.Cli.Options;
using LangGap.Evaluation;
using LangGap.Languages;
using LangGap.Synthesis;
using LangGap.Synthesis.Candidates;
using LangGap.Synthesis.Pairs;
using LangGap.Synthesis.Translation;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Resolution;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary><c>langgap prefs</c>: multilingual preference pairs in TRL's format (for <c>langgap train dpo</c>), from
/// candidates of one or more models ranked by a judge, a reward model or an attribute objective; prompts optionally
/// translated first.</summary>
internal static class PrefsCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SynthesisOptions();
        var objective = new Option<string?>("--objective") { Description = $"Rank by attributes instead: comma-separated ATTRIBUTE:max|min[:WEIGHT] (default judge:max with --judge, reward:max with --reward; attributes: {string.Join(", ", SynthesisAttributes.Create(null, null, null).Names)})." };
        var translateWith = new Option<string?>("--translate-with") { Description = "A model translating the prompts into --languages first (translations that language identification does not place in the target language are rejected and counted)." };
        var languages = new Option<string?>("--languages") { Description = "Target languages for --translate-with, comma-separated tags (hi,sw,…); prompts already in one are kept as they are." };
        var margin = new Option<double>("--margin") { Description = "Keep a pair only when chosen beats rejected by at least this much (objective units: rating points for --judge).", DefaultValueFactory = _ => 0 };
        var output = CommonOptions.Out("TRL preference JSONL (prompt, chosen, rejected, language, models, scores, judge verdicts, seed); never overwritten.", required: true);
        var command = new Command("prefs", "Write multilingual preference pairs (TRL JSONL) from candidates of one or more models ranked by a judge, a reward model or an objective.");
        foreach (var option in shared.All.Concat([objective, translateWith, languages, margin, output]))
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            shared.Validate(pr);
            if (pr.GetValue(margin) is var m && (m < 0 || !double.IsFinite(m))) throw new UsageException("--margin must be 0 or more.");
            if ((pr.GetValue(translateWith) is null) != (pr.GetValue(languages) is null))
            {
                throw new UsageException("--translate-with and --languages go together: the model translates the prompts into those languages.");
            }
            var targets = ParseLanguages(pr.GetValue(languages));
            var outPath = pr.GetValue(output)!;
            SynthesisJsonl.RequireNew(outPath);
            var ids = pr.GetValue(shared.Model) is { Length: > 0 } given ? given : [ModelSource.EmbeddedName];
            var k = pr.GetValue(shared.Samples) ?? 4;
            SynthesisInputs.RequireCandidates(k, ids.Distinct(StringComparer.Ordinal).Count(), "a preference pair");
            var prompts = await SynthesisInputs.PromptsAsync(pr.GetValue(shared.Prompts)!, pr.GetValue(shared.Field)!, pr.GetValue(shared.LanguageField)!,
                pr.GetValue(shared.IdField)!, pr.GetValue(shared.Limit), ct);
            using var resolver = await ModelResolver.CreateAsync(pr.GetValue(shared.Models), ct);
            var judges = new Dictionary<string, string>(StringComparer.Ordinal);
            var judge = SynthesisInputs.Judge(resolver, pr.GetValue(shared.Judge), judges);
            var reward = SynthesisInputs.Reward(pr.GetValue(shared.Reward), judges, out var ownedReward);
            using var _ = ownedReward;
            if (pr.GetValue(objective) is null && judge is not null && reward is not null)
            {
                throw new UsageException("--judge and --reward both rank candidates; say how to combine them with --objective (for example judge:max,reward:max).");
            }
            var fallback = judge is not null ? "judge:max" : reward is not null ? "reward:max" : null;
            var goal = SynthesisInputs.Objective(pr.GetValue(objective), fallback, SynthesisAttributes.Create(judge, pr.GetValue(shared.Judge), reward));
            var models = resolver.ResolveRunModels(ids);
            var store = SynthesisInputs.StoreFolder(pr.GetValue(shared.Store), outPath);
            var inv = CultureInfo.InvariantCulture;
            var seed = pr.GetValue(shared.Seed);
            if (pr.GetValue(translateWith) is { } translatorId)
            {
                var translator = resolver.ResolveRunModel(translatorId, "--translate-with");
                var translated = await PromptTranslator.TranslateAsync(prompts, translator, targets, Path.Combine(store, "translate"),
                    new TranslationSettings { Seed = seed, MaxConcurrency = pr.GetValue(shared.Concurrency), Source = Path.GetFileName(pr.GetValue(shared.Prompts)!) },
                    null, ct);
                console.Out.WriteLine($"translation by {translatorId} (kept when language identification agrees with the target):");
                foreach (var c in translated.Counts)
                {
                    console.Out.WriteLine(string.Create(inv,
                        $"  {c.Language,-8} native {c.Native}, asked {c.Asked}, kept {c.Kept}, rejected {c.Rejected} ({c.WrongLanguage} wrong language, {c.Unsure} unsure), failed {c.Failed}"));
                }
                prompts = translated.Prompts;
                if (prompts.Count == 0)
                {
                    throw new InvalidInputException($"No prompt is left in {string.Join(", ", targets)}: every translation by '{translatorId}' was rejected or failed.");
                }
            }
            var request = shared.Request(pr, "prefs", prompts, models, goal.Terms.ToDictionary(t => t.Attribute, t => t.Scorer), judges);
            var progress = new EvalProgressPrinter(console.Error, !Console.IsErrorRedirected && console.Error is StreamWriter);
            CandidateBatch batch;
            try
            {
                batch = await CandidateGenerator.GenerateAsync(request, Path.Combine(store, "prefs"), progress, ct);
            }
            finally
            {
                progress.Finish();
            }
            SynthesisInputs.RequireCandidates(batch);
            var builder = new PairBuilder(goal, pr.GetValue(margin), seed);
            var outcomes = batch.Sets.Select(s => (Set: s, Outcome: builder.Build(s))).ToList();
            var pairs = outcomes.Select(o => o.Outcome.Pair).OfType<PreferencePair>().ToList();
            var skipped = outcomes.Where(o => o.Outcome.Skip is not null).GroupBy(o => o.Outcome.Skip!.Value).ToDictionary(g => g.Key, g => g.Count());
            string Skips() => string.Create(inv,
                $"{skipped.GetValueOrDefault(PairSkip.TooFewScored)} with fewer than two scored candidates, {skipped.GetValueOrDefault(PairSkip.AllTied)} all tied, {skipped.GetValueOrDefault(PairSkip.BelowMargin)} below the margin {builder.Margin}");
            if (pairs.Count == 0)
            {
                throw new InvalidInputException($"No prompt gave a pair by {goal.Text}: {Skips()}. Nothing was written.");
            }
            await SynthesisJsonl.WriteAsync(outPath, pairs.Select(p => PreferenceJsonl.Row(p, goal, seed)), ct);
            console.Error.WriteLine(string.Create(inv,
                $"run {batch.Summary.RunId}: {batch.Summary.Generated} generated, {batch.Summary.Skipped} from store, {batch.Failed} failed; stored in {batch.Folder}"));
            console.Out.WriteLine(string.Create(inv,
                $"prefs: {pairs.Count} pairs from {prompts.Count} prompts ({models.Count} model(s) × k {k}) by {goal.Text}; skipped: {Skips()}"));
            console.Out.WriteLine("language  prompts  pairs  mean margin");
            foreach (var group in outcomes.GroupBy(o => o.Set.Sample.Language.ToString(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var mine = group.Select(o => o.Outcome.Pair).OfType<PreferencePair>().ToList();
                console.Out.WriteLine(string.Create(inv,
                    $"{group.Key,-8}  {group.Count(),7}  {mine.Count,5}  {(mine.Count == 0 ? "-" : mine.Average(p => p.Margin).ToString("F3", inv)),11}"));
            }
            console.Out.WriteLine($"wrote {outPath}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<LanguageTag> ParseLanguages(string? text)
    {
        if (text is null)
        {
            return [];
        }
        var tags = new List<LanguageTag>();
        foreach (var code in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            tags.Add(LanguageTag.TryParse(code, out var tag) ? tag : throw new UsageException($"--languages: '{code}' is not a language tag LangGap knows."));
        }
        return tags.Count > 0 ? tags : throw new UsageException("--languages names no language.");
    }
}
