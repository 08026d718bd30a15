using System.Globalization;
using LangGap.Torch.Training;

namespace LangGap.Cli.Commands.Training;

/// <summary>Prints training progress to standard error (about twenty lines per run) and a summary at the end.</summary>
internal sealed class TrainingProgress(TextWriter error, int totalSteps, int startStep)
{
    private readonly int _every = Math.Max(1, (totalSteps - startStep) / 20);
    private readonly List<StepMetrics> _seen = [];

    public void Report(StepMetrics metrics)
    {
        _seen.Add(metrics);
        if (metrics.Step % _every != 0 && metrics.Step != totalSteps && metrics.Step != startStep + 1)
        {
            return;
        }
        var line = string.Create(CultureInfo.InvariantCulture,
            $"step {metrics.Step}/{totalSteps}  loss {metrics.Loss:F4}{Field("reward", metrics.Reward)}{Field("kl", metrics.Kl)}  lr {metrics.LearningRate:G3}  {metrics.TokensPerSecond:F0} tok/s");
        error.WriteLine(line);
    }

    public string Summary(AlignmentMethod method, string output)
    {
        var name = method.ToString().ToLowerInvariant();
        if (_seen.Count == 0)
        {
            return $"{name}: nothing to do; the model is in {output}";
        }
        var window = Math.Max(1, _seen.Count / 10);
        var first = _seen.Take(window).ToArray();
        var last = _seen.TakeLast(window).ToArray();
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{name}: steps {_seen[0].Step}-{_seen[^1].Step}  loss {first.Average(m => m.Loss):F4} -> {last.Average(m => m.Loss):F4}");
        var firstReward = first.Select(m => m.Reward).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average();
        var lastReward = last.Select(m => m.Reward).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average();
        if (double.IsFinite(firstReward))
        {
            text += string.Create(CultureInfo.InvariantCulture, $"  reward {firstReward:F4} -> {lastReward:F4}");
        }
        var seconds = _seen.Sum(m => m.Seconds);
        return text + string.Create(CultureInfo.InvariantCulture, $"  ({seconds:F1}s)\nmodel written to {output} (metrics.jsonl, curves.png, checkpoint/)");
    }

    private static string Field(string name, double value) =>
        double.IsFinite(value) ? string.Create(CultureInfo.InvariantCulture, $"  {name} {value:F4}") : "";
}
