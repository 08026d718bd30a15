using System.Globalization;
using LangGap.Identification;
using LangGap.Identification.Fidelity;
using LangGap.Languages;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Synthesis;
using LangGap.Synthesis.Candidates;
using LangGap.Synthesis.Pairs;
using LangGap.Synthesis.Selection;
using LangGap.Torch.Resolution;
using LangGap.Torch.Training;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Bench;

/// <summary>Language fidelity of local models on prompts with a <c>language</c> field (greedy answers, lid.176): per language
/// the pass rate of <see cref="LanguageFidelityScorer"/> and the mean LID probability of the expected language; with two
/// models, a paired sign-flip randomisation test on the per-prompt probabilities (10,000 flips, seed 1).
/// Usage: fidelity --model A [--model B] --data FILE [--languages sw,te,bn] [--max-new-tokens N]
/// Also: fidelity pairs --model M --data PROMPTS --out PAIRS.jsonl [--k K] (best-of-k DPO pairs by the fidelity reward).</summary>
internal static class FidelityBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var models = Values(args, "--model");
        var data = await TrainingDataset.LoadAsync(Value(args, "--data") ?? throw new ArgumentException("--data is required."), null, CancellationToken.None);
        var maxNew = int.Parse(Value(args, "--max-new-tokens") ?? "48", CultureInfo.InvariantCulture);
        var languages = Value(args, "--languages")?.Split(',');
        var records = data.Records
            .Where(r => languages is null || languages.Contains(r.Language))
            .Select(r => r.Conversational ? r : r with { Conversational = true })
            .ToArray();
        if (args.Length > 0 && args[0] == "pairs")
        {
            return await PairsAsync(models[0], TrainingDataset.From(TrainingDataKind.PromptOnly, records), args);
        }
        var reward = new FidelityReward();
        var scorer = new LanguageFidelityScorer(LanguageIdentifier.Default);
        var inv = CultureInfo.InvariantCulture;
        var perModel = new List<double[]>();
        foreach (var spec in models)
        {
            using var model = ModelSource.Load(spec);
            var encoder = new CompletionEncoder(model);
            var generator = new TextGenerator(model);
            var options = new SamplingOptions { MaxNewTokens = maxNew, Greedy = true, StopStrings = encoder.Template.StopSequences };
            var answers = generator.GenerateBatch(records.Select(r => (IReadOnlyList<int>)encoder.Prompt(r)).ToArray(), options)
                .Select(g => g.Text.Trim()).ToArray();
            var inputs = records.Select((r, i) => new RewardInput(r, answers[i])).ToArray();
            var probabilities = (await reward.ScoreAsync(inputs, CancellationToken.None)).ToArray();
            perModel.Add(probabilities);
            Console.WriteLine($"model {spec}: {records.Length} prompts, greedy, up to {maxNew} tokens");
            Console.WriteLine("language  prompts  pass  fail  unsure  pass-rate  mean P(lid = language)");
            foreach (var group in records.Select((r, i) => (r.Language!, i)).GroupBy(x => x.Item1).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var verdicts = group.Select(x => scorer.Score(answers[x.i], LanguageTag.Parse(x.Item1)).Verdict).ToArray();
                var pass = verdicts.Count(v => v == FidelityVerdict.Pass);
                var fail = verdicts.Count(v => v == FidelityVerdict.Fail);
                Console.WriteLine(string.Create(inv,
                    $"{group.Key,-8}  {verdicts.Length,7}  {pass,4}  {fail,4}  {verdicts.Length - pass - fail,6}  {(double)pass / verdicts.Length,9:P0}  {group.Average(x => probabilities[x.i]),22:F3}"));
            }
            Console.WriteLine(string.Create(inv, $"all       {records.Length,7}  mean P {probabilities.Average():F3}"));
            foreach (var (r, i) in records.Select((r, i) => (r, i)).Take(3))
            {
                Console.WriteLine($"  e.g. [{r.Language}] {r.PromptText} -> {answers[i]}");
            }
        }
        if (perModel.Count == 2)
        {
            var differences = perModel[1].Zip(perModel[0], (b, a) => b - a).ToArray();
            var observed = differences.Average();
            var random = new Random(1);
            var extreme = 0;
            const int flips = 10_000;
            for (var t = 0; t < flips; t++)
            {
                var mean = differences.Sum(d => random.Next(2) == 0 ? d : -d) / differences.Length;
                if (Math.Abs(mean) >= Math.Abs(observed) - 1e-12)
                {
                    extreme++;
                }
            }
            Console.WriteLine(string.Create(inv,
                $"paired: mean P change {observed:+0.000;-0.000} ({models[1]} - {models[0]}), {differences.Count(d => d > 0)} prompts up, {differences.Count(d => d < 0)} down, sign-flip p = {(extreme + 1.0) / (flips + 1):F4}"));
        }
        return 0;
    }

    private static async Task<int> PairsAsync(string spec, TrainingDataset prompts, string[] args)
    {
        var k = int.Parse(Value(args, "--k") ?? "4", CultureInfo.InvariantCulture);
        var output = Value(args, "--out") ?? throw new ArgumentException("--out is required.");
        var maxNew = int.Parse(Value(args, "--max-new-tokens") ?? "48", CultureInfo.InvariantCulture);
        using var resolver = new ModelResolver();
        var model = resolver.ResolveRunModel(spec);
        // The fidelity probability of lid.176 (a smoother signal than the pass/fail verdict), maximised per prompt.
        var fidelity = new RewardScorer(new FidelityReward(), "fidelity-probability", new ScoreDescriptor(ScoreKind.Graded, 0, 1, ScoreDirection.HigherIsBetter, "probability", 3), "lid.176");
        var objective = AttributeObjective.Parse("fidelity:max", new AttributeResolver([new("fidelity", () => fidelity)]));
        var samples = prompts.Records.Select((r, i) => Sample.FromPrompt(
            $"{i + 1}", LanguageTag.Parse(r.Language ?? throw new ArgumentException($"{r.Source}: no language.")), r.PromptText)).ToArray();
        var request = new CandidateRequest("pairs", samples, [model], objective.Terms.ToDictionary(t => t.Attribute, t => t.Scorer))
        {
            SamplesPerPrompt = k,
            Generation = new GenerationOptions { Temperature = 1, MaxTokens = maxNew },
            Seed = 7,
        };
        var batch = await CandidateGenerator.GenerateAsync(request, output + ".run", null, CancellationToken.None);
        var builder = new PairBuilder(objective, 0, 7);
        var pairs = batch.Sets.Select(s => builder.Build(s).Pair).OfType<PreferencePair>().ToList();
        await SynthesisJsonl.WriteAsync(output, pairs.Select(p => PreferenceJsonl.Row(p, objective, 7)), CancellationToken.None);
        Console.WriteLine($"{pairs.Count} best-of-{k} pairs from {prompts.Records.Count} prompts written to {output}");
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static List<string> Values(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
}
