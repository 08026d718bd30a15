using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LangGap.Evaluation.Scoring;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>Describes a run as JSON for the store, derives its id, and derives per-request seeds.</summary>
internal static class RunConfiguration
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The run's configuration as JSON: suite context, tasks (with a fingerprint of each task's rendered samples
    /// and each scorer's identity key, so a scorer-settings change is a settings change), models (with their identity), options — no client internals, no credentials and no absolute path, so the same
    /// run has the same id in every clone.</summary>
    /// <param name="run">The run.</param>
    /// <param name="samples">Per task name, the SHA-256 of its samples as rendered (ids, prompts, references).</param>
    public static string Describe(EvaluationRun run, IReadOnlyDictionary<string, string> samples) => JsonSerializer.Serialize(new
    {
        suite = run.Suite is { } suite ? new
        {
            name = suite.Name,
            languages = suite.Languages.Select(l => new { code = l.Code, resource_class = l.ResourceClass, prompt_origin = l.PromptOrigin }),
            skipped = suite.Skipped.Count > 0 ? suite.Skipped.Select(s => new { task = s.Task, language = s.Language, reason = s.Reason }) : null,
        } : null,
        tasks = run.Tasks.Select(t => new
        {
            name = t.Name,
            dataset = t.Dataset.Description,
            samples_sha256 = samples.GetValueOrDefault(t.Name),
            prompt = new { system = t.Prompt.System, user = t.Prompt.User },
            generation = t.Generation,
            scorers = t.Scorers.Select(s => new { name = s.Name, key = ScorerIdentity.Of(s).Key }).ToList(),
            pairwise = t.Pairwise.Count > 0 ? t.Pairwise.Select(p => p.Name).ToList() : null,
            provenance = t.Provenance,
        }),
        models = run.Models.Select(m => new { id = m.Id, identity = m.Identity, defaults = m.Defaults }),
        judges = run.Judges.Count > 0 ? run.Judges.OrderBy(j => j.Key, StringComparer.Ordinal).Select(j => new { id = j.Key, identity = j.Value }) : null,
        options = new
        {
            samples_per_prompt = run.Options.SamplesPerPrompt,
            seed = run.Options.Seed,
            limit = run.Options.Limit,
        },
    }, Json);

    /// <summary>The SHA-256 of <paramref name="samples"/> as a task renders them: what the task's generations are made from.</summary>
    public static string SamplesHash(IEnumerable<(Sample Sample, string PromptJson)> samples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (sample, prompt) in samples)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object[] { sample.Id, sample.Language.ToString(), prompt, sample.References }, Json)));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Versions() => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["langgap"] = LangGapVersion.Current,
        ["dotnet"] = Environment.Version.ToString(),
        ["os"] = RuntimeInformation.OSDescription,
    });

    public static string RunIdOf(string configJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configJson)))[..16];

    /// <summary>A non-negative 31-bit seed from the run seed, task, sample and index — the same for every model, so draws pair up.</summary>
    public static long SeedOf(long runSeed, string task, string sampleId, int sampleIndex)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{runSeed}\u001f{task}\u001f{sampleId}\u001f{sampleIndex}"));
        return BinaryPrimitives.ReadInt32LittleEndian(hash) & int.MaxValue;
    }

    public static string PromptJson(IReadOnlyList<ChatMessage> messages) =>
        JsonSerializer.Serialize(messages.Select(m => new Dictionary<string, string> { ["role"] = m.Role.Value, ["content"] = m.Text }), Json);
}
