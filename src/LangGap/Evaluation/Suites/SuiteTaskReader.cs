using System.Text.Json;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Metrics;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation.Suites;

/// <summary>Reads one task of a suite: dataset, prompt template, generation options, scorers.</summary>
internal static class SuiteTaskReader
{
    public static (EvalTask? Task, IReadOnlyList<SuiteSkip> Skips) Read(
        JsonElement task, string path, string directory, GenerationOptions defaults, Func<string, IChatClient>? judges, SuiteReadContext context)
    {
        var name = SuiteJson.String(task, "name") ?? throw new InvalidInputException($"{path}: a task has no 'name'.");
        if (!task.TryGetProperty("dataset", out var ds) || ds.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException($"{path}: task '{name}' has no 'dataset' object.");
        }
        var type = SuiteJson.String(task, "type") ?? "generate";
        if (type is not ("generate" or "multiple-choice"))
        {
            throw new InvalidInputException($"{path}: task '{name}' has type '{type}'; expected generate or multiple-choice.");
        }
        var prompt = task.TryGetProperty("prompt_template", out var pt) ? pt.ValueKind switch
        {
            JsonValueKind.String => new PromptTemplate { User = pt.GetString()! },
            JsonValueKind.Object => new PromptTemplate { System = SuiteJson.String(pt, "system"), User = SuiteJson.String(pt, "user") ?? "{prompt}" },
            _ => PromptTemplate.Identity,
        } : PromptTemplate.Identity;
        var generation = task.TryGetProperty("generation", out var g) ? SuiteJson.Generation(g).Over(defaults) : defaults;
        var scorers = new List<IScorer>();
        var pairwise = new List<PairwiseScorer>();
        if (task.TryGetProperty("scorers", out var sc) && sc.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in sc.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.Object && SuiteJson.String(s, "name") == PairwiseScorer.NamePrefix)
                {
                    pairwise.Add(Pairwise(s, path, name, judges));
                }
                else
                {
                    scorers.Add(Scorer(s, path, name, judges));
                }
            }
        }
        var (dataset, skips) = SuiteDatasetReader.Read(ds, path, directory, name, SuiteJson.Bool(task, "optional") ?? false, context);
        MultipleChoiceSettings? multipleChoice = null;
        if (type == "multiple-choice")
        {
            multipleChoice = new MultipleChoiceSettings { TargetDelimiter = SuiteJson.String(task, "target_delimiter") ?? " " };
            if (scorers.Count == 0)
            {
                scorers.AddRange(MultipleChoiceScorer.Names.Take(2).Select(n => (IScorer)MultipleChoiceScorer.Named(n)!));
            }
        }
        return dataset is null
            ? (null, skips)
            : (new EvalTask(name, dataset, prompt, generation, scorers) { Pairwise = pairwise, MultipleChoice = multipleChoice, Provenance = SuiteProvenance.Read(task, path, name) }, skips);
    }

    /// <summary>The client of judge <paramref name="judge"/>; a judge that cannot be resolved is a mistake of this suite file.</summary>
    private static IChatClient Judge(Func<string, IChatClient> judges, string judge, string path, string task)
    {
        try
        {
            return judges(judge);
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException($"{path}: task '{task}': {e.Message}", e);
        }
    }

    internal static FieldMapping Fields(JsonElement e) => new()
    {
        Id = SuiteJson.String(e, "id") ?? FieldMapping.Default.Id,
        Language = SuiteJson.String(e, "language") ?? FieldMapping.Default.Language,
        Prompt = SuiteJson.String(e, "prompt") ?? FieldMapping.Default.Prompt,
        System = SuiteJson.String(e, "system"),
        References = SuiteJson.Strings(e, "references") ?? (SuiteJson.String(e, "reference") is { } r ? [r] : FieldMapping.Default.References),
        Metadata = SuiteJson.Strings(e, "metadata"),
        Choices = SuiteJson.Strings(e, "choices") ?? (SuiteJson.String(e, "choices") is { } c ? [c] : null),
        Gold = SuiteJson.String(e, "gold"),
    };

    private static PairwiseScorer Pairwise(JsonElement s, string path, string task, Func<string, IChatClient>? judges)
    {
        SuiteScorerKeys.Check(s, PairwiseScorer.NamePrefix, path, task);
        var judge = SuiteJson.String(s, "judge") ?? throw new InvalidInputException($"{path}: the pairwise-judge scorer of task '{task}' names no 'judge' model.");
        var orders = SuiteJson.String(s, "orders") ?? "random";
        if (orders is not ("random" or "both"))
        {
            throw new InvalidInputException($"{path}: the pairwise-judge scorer of task '{task}' has orders '{orders}'; expected random or both.");
        }
        if (judges is null)
        {
            throw new InvalidInputException($"{path}: task '{task}' uses judge model '{judge}' but no models are available to judge with; give --models.");
        }
        return new PairwiseScorer(Judge(judges, judge, path, task), judge, orders == "both");
    }

    /// <summary>Every scorer name a suite may use, in the order error messages list them.</summary>
    private static readonly string[] KnownScorers =
    [
        "chrf", "bleu", "acc", "acc_norm", "acc_bytes", "language-fidelity", "numeric-match", "length", "mtld", "mtld-ld", "mtld-ma-bid",
        "mtld-ma-wrap", "ttr", "readability", "judge", PairwiseScorer.NamePrefix, "refusal", "profanity", "harm-judge",
    ];

    private static IScorer Scorer(JsonElement s, string path, string task, Func<string, IChatClient>? judges)
    {
        var kind = s.ValueKind == JsonValueKind.String ? s.GetString()! : SuiteJson.String(s, "name")
            ?? throw new InvalidInputException($"{path}: a scorer of task '{task}' has no 'name'.");
        if (KnownScorers.Contains(kind))
        {
            SuiteScorerKeys.Check(s, kind, path, task);
        }
        var options = s.ValueKind == JsonValueKind.Object && s.TryGetProperty("options", out var o) ? o : default;
        switch (kind)
        {
            case "chrf":
                return ReferenceMetricScorer.ChrF(new ChrFOptions
                {
                    CharOrder = SuiteJson.Int(options, "char_order") ?? 6,
                    WordOrder = SuiteJson.Int(options, "word_order") ?? 0,
                    Beta = SuiteJson.Int(options, "beta") ?? 2,
                    Lowercase = SuiteJson.Bool(options, "lowercase") ?? false,
                    Whitespace = SuiteJson.Bool(options, "whitespace") ?? false,
                });
            case "bleu":
                return ReferenceMetricScorer.Bleu(BleuOptions.SentenceDefaults with { Lowercase = SuiteJson.Bool(options, "lowercase") ?? false });
            case "language-fidelity":
                return new FidelityScorer(languageField: SuiteJson.String(s, "language_field"));
            case "numeric-match":
                return new NumericMatchScorer(SuiteJson.String(options, "answer_prefix"));
            case "length":
                return new LengthScorer(SuiteJson.String(s, "unit") switch
                {
                    null or "characters" => LengthUnit.Characters,
                    "words" => LengthUnit.Words,
                    var unit => throw new InvalidInputException($"{path}: the length scorer of task '{task}' has unit '{unit}'; expected characters or words."),
                });
            case "acc" or "acc_norm" or "acc_bytes":
                return MultipleChoiceScorer.Named(kind)!;
            case "judge":
                var judge = SuiteJson.String(s, "judge") ?? throw new InvalidInputException($"{path}: the judge scorer of task '{task}' names no 'judge' model.");
                if (judges is null)
                {
                    throw new InvalidInputException($"{path}: task '{task}' uses judge model '{judge}' but no models are available to judge with; give --models.");
                }
                return new JudgeScorer(Judge(judges, judge, path, task), judge, SuiteJson.String(s, "rubric"));
            case "mtld" or "mtld-ld" or "mtld-ma-bid" or "mtld-ma-wrap" or "ttr" or "readability":
                return Synthesis.Attributes.AttributeCatalog.Create(kind);
            default:
                return Safety.SafetyScorers.Create(kind, s, path, task, judges)
                    ?? throw new InvalidInputException($"{path}: task '{task}' has scorer '{kind}'; expected {string.Join(", ", KnownScorers.SkipLast(1))} or {KnownScorers[^1]}.");
        }
    }
}
