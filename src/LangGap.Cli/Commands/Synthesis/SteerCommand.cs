using System.Globalization;
using LangGap.Cli.Commands.Eval;
using LangGap.Cli.Options;
using LangGap.Synthesis;
using LangGap.Synthesis.Candidates;
using LangGap.Synthesis.Selection;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Resolution;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary><c>langgap steer</c>: best-of-k selection of completions by a weighted attribute objective (active
/// inheritance), with the selected set's profile against a random choice from the same candidates.</summary>
internal static class SteerCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SynthesisOptions();
        var objective = new Option<string>("--objective") { Description = $"Attributes to maximise or minimise, comma-separated ATTRIBUTE:max|min[:WEIGHT], e.g. length:min,fidelity:max:2 (attributes: {string.Join(", ", SynthesisAttributes.Create(null, null, null).Names)}).", Required = true };
        var output = CommonOptions.Out("JSONL of selected completions (prompt, completion, language, provenance, every candidate's attributes); never overwritten.", required: true);
        var baseline = new Option<string?>("--baseline-out") { Description = "Also write the random choice from the same candidates, in the same format (a same-budget control for training)." };
        var resamples = CommonOptions.Resamples("Bootstrap resamples of the paired comparison (default 10000).");
        var correction = CommonOptions.Correction("Multiple-comparison correction over the profile's paired tests");
        var format = CommonOptions.Format("The profile as text or json.", "text", "json");
        var command = new Command("steer", "Select the best of k completions per prompt by an attribute objective and compare the selection with a random choice, per language.");
        foreach (var option in shared.All.Concat([objective, output, baseline, resamples, correction, format]))
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            shared.Validate(pr);
            var outPath = pr.GetValue(output)!;
            var baselinePath = pr.GetValue(baseline);
            SynthesisJsonl.RequireNew(outPath);
            if (baselinePath is not null)
            {
                SynthesisJsonl.RequireNew(baselinePath);
            }
            var ids = pr.GetValue(shared.Model) is { Length: > 0 } given ? given : [ModelSource.EmbeddedName];
            var k = pr.GetValue(shared.Samples) ?? 4;
            SynthesisInputs.RequireCandidates(k, ids.Distinct(StringComparer.Ordinal).Count(), "best-of-k");
            var prompts = await SynthesisInputs.PromptsAsync(pr.GetValue(shared.Prompts)!, pr.GetValue(shared.Field)!, pr.GetValue(shared.LanguageField)!,
                pr.GetValue(shared.IdField)!, pr.GetValue(shared.Limit), ct);
            using var resolver = await ModelResolver.CreateAsync(pr.GetValue(shared.Models), ct);
            var judges = new Dictionary<string, string>(StringComparer.Ordinal);
            var judge = SynthesisInputs.Judge(resolver, pr.GetValue(shared.Judge), judges);
            var reward = SynthesisInputs.Reward(pr.GetValue(shared.Reward), judges, out var ownedReward);
            using var _ = ownedReward;
            var goal = SynthesisInputs.Objective(pr.GetValue(objective), null, SynthesisAttributes.Create(judge, pr.GetValue(shared.Judge), reward));
            var models = resolver.ResolveRunModels(ids);
            var request = shared.Request(pr, "steer", prompts, models, goal.Terms.ToDictionary(t => t.Attribute, t => t.Scorer), judges);
            var folder = Path.Combine(SynthesisInputs.StoreFolder(pr.GetValue(shared.Store), outPath), "steer");
            var progress = new EvalProgressPrinter(console.Error, !Console.IsErrorRedirected && console.Error is StreamWriter);
            CandidateBatch batch;
            try
            {
                batch = await CandidateGenerator.GenerateAsync(request, folder, progress, ct);
            }
            finally
            {
                progress.Finish();
            }
            SynthesisInputs.RequireCandidates(batch);
            var seed = pr.GetValue(shared.Seed);
            var selector = new BestOfKSelector(goal, seed);
            var selections = batch.Sets.Select(selector.Select).OfType<Selection>().ToList();
            if (selections.Count == 0)
            {
                throw new InvalidInputException($"No prompt has a candidate with every attribute of '{goal.Text}' scored; the store in {batch.Folder} shows why (unscored reasons).");
            }
            await SynthesisJsonl.WriteAsync(outPath, selections.Select(s => SelectionJsonl.Row(s, goal, seed)), ct);
            if (baselinePath is not null)
            {
                await SynthesisJsonl.WriteAsync(baselinePath, selections.Select(s => SelectionJsonl.Row(s, goal, seed, baseline: true)), ct);
            }
            var inv = CultureInfo.InvariantCulture;
            console.Error.WriteLine(string.Create(inv,
                $"run {batch.Summary.RunId}: {batch.Summary.Generated} generated, {batch.Summary.Skipped} from store, {batch.Failed} failed; stored in {batch.Folder}"));
            var profile = SelectionProfile.Build(selections, goal, pr.GetValue(correction), pr.GetValue(resamples) ?? 10_000, (ulong)seed);
            var header = new SteerHeader(prompts.Count, models.Count, k, selections.Count, goal.Text, outPath, baselinePath);
            await SelectionProfileRenderer.WriteAsync(console.Out, pr.GetValue(format)!, header, profile);
            return ExitCodes.Success;
        });
        return command;
    }
}
