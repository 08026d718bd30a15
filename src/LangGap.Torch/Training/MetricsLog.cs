using System.Text.Json.Nodes;

namespace LangGap.Torch.Training;

/// <summary>The JSONL log of a training run: one object per optimizer step (step, loss, reward, kl, lr, grad_norm, tokens,
/// tokens_per_s, seconds); NaN values are written as null.</summary>
public static class MetricsLog
{
    /// <summary>Appends one step.</summary>
    public static void Append(string path, StepMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var line = new JsonObject
        {
            ["step"] = metrics.Step,
            ["loss"] = Number(metrics.Loss),
            ["reward"] = Number(metrics.Reward),
            ["kl"] = Number(metrics.Kl),
            ["lr"] = metrics.LearningRate,
            ["grad_norm"] = Number(metrics.GradientNorm),
            ["tokens"] = metrics.Tokens,
            ["tokens_per_s"] = Math.Round(metrics.TokensPerSecond, 1),
            ["seconds"] = Math.Round(metrics.Seconds, 3),
        };
        File.AppendAllText(path, line.ToJsonString() + "\n");
    }

    /// <summary>Reads every step of the log.</summary>
    public static IReadOnlyList<JsonObject> Read(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray()
            : [];

    /// <summary>Drops steps after <paramref name="step"/> (written by a run that was interrupted after its last checkpoint).</summary>
    public static void Truncate(string path, int step)
    {
        if (!File.Exists(path))
        {
            return;
        }
        var kept = File.ReadAllLines(path)
            .Where(l => l.Length > 0 && JsonNode.Parse(l)!["step"]!.GetValue<int>() <= step)
            .Select(l => l + "\n");
        File.WriteAllText(path, string.Concat(kept));
    }

    private static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : null;
}
