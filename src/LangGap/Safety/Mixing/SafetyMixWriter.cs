using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Evaluation;
using LangGap.Statistics.Resampling;
using Microsoft.Extensions.AI;

namespace LangGap.Safety.Mixing;

/// <summary>Writes SFT and DPO JSONL (TRL's conversational formats, read by <c>langgap train</c>) mixing red-team and general prompts.</summary>
/// <remarks>
/// <para>A share <see cref="SafetyMixOptions.Ratio"/> of the examples are red-team prompts, chosen stratified by language and
/// global/local; the rest are general prompts stratified by language; every choice and the final order come from the seed.
/// A red-team prompt's SFT target is a safe reply (the teacher's, or the language's template); its DPO pair prefers that
/// reply to a compliance opener. A general prompt's target is its reference completion, else the teacher's answer; its DPO
/// pair prefers that answer to the templated refusal, so the mix also teaches not to over-refuse.</para>
/// <para>Every record carries <c>provenance</c>: source, source file name, id, language, categories, global/local, where the
/// reply came from, seed and ratio. Existing output files are never overwritten.</para>
/// </remarks>
public static class SafetyMixWriter
{
    /// <summary>The SFT file's name in the output folder.</summary>
    public const string SftFile = "sft.jsonl";

    /// <summary>The DPO file's name in the output folder.</summary>
    public const string DpoFile = "dpo.jsonl";

    /// <summary>The manifest's name in the output folder.</summary>
    public const string ManifestFile = "safety-mix.json";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Mixes and writes the files into <paramref name="folder"/>.</summary>
    /// <param name="redTeam">Red-team prompts (from a <see cref="RedTeamDataset"/>).</param>
    /// <param name="redTeamSource">The red-team source's name for provenance (a file name, never a full path).</param>
    /// <param name="general">General prompts; a first reference is used as the answer.</param>
    /// <param name="generalSource">The general source's name for provenance.</param>
    /// <param name="folder">The output folder (created).</param>
    /// <param name="options">Ratio, size, seed.</param>
    /// <param name="teacher">A teacher model writing answers and safe replies, or null.</param>
    /// <param name="teacherId">The teacher's id for provenance.</param>
    /// <param name="cancellationToken">Cancels the teacher's calls.</param>
    /// <exception cref="InvalidInputException">Bad options, too few prompts, a general prompt without an answer and no teacher, or existing output files.</exception>
    public static async Task<SafetyMixSummary> WriteAsync(
        IReadOnlyList<Sample> redTeam, string redTeamSource, IReadOnlyList<Sample> general, string generalSource, string folder,
        SafetyMixOptions options, IChatClient? teacher, string? teacherId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redTeam);
        ArgumentNullException.ThrowIfNull(general);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidInputException(string.Join(" ", problems));
        }
        var (nSafety, nGeneral) = Sizes(redTeam.Count, general.Count, options);
        var sft = Path.Combine(folder, SftFile);
        var dpo = Path.Combine(folder, DpoFile);
        var manifest = Path.Combine(folder, ManifestFile);
        if (new[] { sft, dpo, manifest }.FirstOrDefault(File.Exists) is { } existing)
        {
            throw new InvalidInputException($"'{existing}' already exists; give a new --out folder (earlier results are never overwritten).");
        }
        var seed = unchecked((ulong)options.Seed);
        var strata = new Dictionary<string, int>(StringComparer.Ordinal);
        var safety = StratifiedSample.Take(redTeam, s => $"{s.Language}/{SafetyContext.Of(s).Scope ?? "unlabelled"}", nSafety, seed, 1, strata, "redteam");
        var plain = StratifiedSample.Take(general, s => s.Language.ToString(), nGeneral, seed, 2, strata, "general");
        if (teacher is null && plain.FirstOrDefault(s => s.References.Count == 0) is { } missing)
        {
            throw new InvalidInputException($"General prompt '{missing.Id}' has no completion; give the general file a 'completion' field or a --teacher.");
        }
        var examples = new List<(Sample Sample, bool IsSafety)>([.. safety.Select(s => (s, true)), .. plain.Select(s => (s, false))]);
        var random = Xoshiro256.ForStream(seed, 3);
        StratifiedSample.Shuffle(examples, ref random);
        Directory.CreateDirectory(folder);
        var sftLines = new List<string>(examples.Count);
        var dpoLines = new List<string>(examples.Count);
        foreach (var (sample, isSafety) in examples)
        {
            var (chosen, chosenFrom) = isSafety
                ? await SafeReplyAsync(sample, options, teacher, teacherId, cancellationToken).ConfigureAwait(false)
                : await AnswerAsync(sample, options, teacher, teacherId, cancellationToken).ConfigureAwait(false);
            var (rejected, rejectedLanguage) = isSafety ? SafeReplyTemplates.Compliance(sample.Language) : SafeReplyTemplates.Refusal(sample.Language);
            var provenance = Provenance(sample, isSafety, isSafety ? redTeamSource : generalSource, chosenFrom, $"template:{rejectedLanguage}", options);
            sftLines.Add(Line(sample, ("completion", chosen), null, provenance));
            dpoLines.Add(Line(sample, ("chosen", chosen), ("rejected", rejected), provenance));
        }
        await File.WriteAllLinesAsync(sft, sftLines, cancellationToken).ConfigureAwait(false);
        await File.WriteAllLinesAsync(dpo, dpoLines, cancellationToken).ConfigureAwait(false);
        var summary = new SafetyMixSummary(sft, dpo, safety.Count, plain.Count, strata, options.Seed, options.Ratio);
        var record = new JsonObject
        {
            ["langgap"] = LangGapVersion.Current,
            ["seed"] = options.Seed,
            ["ratio"] = options.Ratio,
            ["redteam_source"] = redTeamSource,
            ["general_source"] = generalSource,
            ["teacher"] = teacherId,
            ["safe_replies"] = teacher is not null && options.TeacherWritesSafeReplies ? "teacher" : "template",
            ["redteam"] = safety.Count,
            ["general"] = plain.Count,
            ["strata"] = new JsonObject(strata.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        };
        await File.WriteAllTextAsync(manifest, record.ToJsonString(new JsonSerializerOptions(Json) { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private static (int Safety, int General) Sizes(int redTeam, int general, SafetyMixOptions options)
    {
        var r = options.Ratio;
        if (options.Size is not { } size)
        {
            size = r == 0 ? general : r == 1 ? redTeam : (int)Math.Floor(Math.Min(general / (1 - r), redTeam / r) + 1e-9);
        }
        var nSafety = (int)Math.Round(r * size, MidpointRounding.AwayFromZero);
        var nGeneral = size - nSafety;
        if (nSafety > redTeam || nGeneral > general || size == 0)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"A mix of {size} at ratio {r} needs {nSafety} red-team and {nGeneral} general prompts; there are {redTeam} and {general} (no prompt is used twice)."));
        }
        return (nSafety, nGeneral);
    }

    private static async Task<(string Text, string From)> SafeReplyAsync(Sample sample, SafetyMixOptions options, IChatClient? teacher, string? teacherId, CancellationToken cancellationToken)
    {
        if (teacher is null || !options.TeacherWritesSafeReplies)
        {
            var (text, language) = SafeReplyTemplates.Refusal(sample.Language);
            return (text, $"template:{language}");
        }
        var system = new ChatMessage(ChatRole.System,
            $"The user's request may be harmful. Reply in {sample.Language.Info.EnglishName} with a brief, polite refusal or a safe alternative; do not produce the harmful content.");
        return (await AskAsync(teacher, [system, .. sample.Messages], options, sample, cancellationToken).ConfigureAwait(false), $"teacher:{teacherId}");
    }

    private static async Task<(string Text, string From)> AnswerAsync(Sample sample, SafetyMixOptions options, IChatClient? teacher, string? teacherId, CancellationToken cancellationToken) =>
        sample.References.Count > 0
            ? (sample.References[0], "reference")
            : (await AskAsync(teacher!, sample.Messages, options, sample, cancellationToken).ConfigureAwait(false), $"teacher:{teacherId}");

    private static async Task<string> AskAsync(IChatClient teacher, IEnumerable<ChatMessage> messages, SafetyMixOptions options, Sample sample, CancellationToken cancellationToken)
    {
        var response = await teacher.GetResponseAsync(messages, new ChatOptions { Temperature = 0, MaxOutputTokens = options.MaxTokens, Seed = options.Seed }, cancellationToken).ConfigureAwait(false);
        var text = response.Text.Trim();
        return text.Length > 0 ? text : throw new InvalidOperationException($"The teacher gave an empty reply to prompt '{sample.Id}'.");
    }

    private static JsonObject Provenance(Sample sample, bool isSafety, string source, string chosenFrom, string rejectedFrom, SafetyMixOptions options)
    {
        var context = SafetyContext.Of(sample);
        return new JsonObject
        {
            ["source"] = isSafety ? "redteam" : "general",
            ["source_file"] = source,
            ["source_id"] = sample.Id,
            ["language"] = sample.Language.ToString(),
            ["harm_category"] = isSafety ? new JsonArray([.. context.Categories.Select(c => (JsonNode?)c)]) : null,
            ["global_or_local"] = isSafety ? context.Scope : null,
            ["chosen_from"] = chosenFrom,
            ["rejected_from"] = rejectedFrom,
            ["seed"] = options.Seed,
            ["ratio"] = options.Ratio,
        };
    }

    private static string Line(Sample sample, (string Name, string Text) first, (string Name, string Text)? second, JsonObject provenance)
    {
        var prompt = new JsonArray([.. sample.Messages.Select(m => (JsonNode?)new JsonObject { ["role"] = m.Role.Value, ["content"] = m.Text })]);
        var line = new JsonObject { ["prompt"] = prompt, [first.Name] = Assistant(first.Text) };
        if (second is { } s)
        {
            line[s.Name] = Assistant(s.Text);
        }
        line["language"] = sample.Language.ToString();
        line["provenance"] = provenance.DeepClone();
        return line.ToJsonString(Json);
    }

    private static JsonArray Assistant(string text) => [new JsonObject { ["role"] = "assistant", ["content"] = text }];
}
