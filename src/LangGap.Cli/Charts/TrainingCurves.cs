using System.Text.Json.Nodes;
using LangGap.Torch.Training;

namespace LangGap.Cli.Charts;

/// <summary>Draws a training run's loss (left axis) and reward and KL (right axis) against the step as a PNG with ScottPlot.</summary>
/// <remarks>The trainer (LangGap.Torch) only logs its steps to <c>metrics.jsonl</c>; drawing them is rendering, so it is
/// done here, where the commands render, and ScottPlot's native drawing libraries stay out of the library assemblies.</remarks>
internal static class TrainingCurves
{
    /// <summary>The chart's file name in a training output folder.</summary>
    public const string FileName = "curves.png";

    /// <summary>Writes the curves of a training output folder's <c>metrics.jsonl</c> to its <see cref="FileName"/>; nothing when it logged no step.</summary>
    public static void Write(string outputDirectory, AlignmentMethod method)
    {
        var points = MetricsLog.Read(Path.Combine(outputDirectory, AlignmentTrainer.MetricsFile))
            .Select(r => new TrainingCurvePoint(r["step"]!.GetValue<int>(), Value(r, "loss"), Value(r, "reward"), Value(r, "kl")))
            .ToList();
        WritePng(Path.Combine(outputDirectory, FileName), $"langgap train {method.ToString().ToLowerInvariant()}",
            method is AlignmentMethod.Dpo or AlignmentMethod.Reward ? "reward margin" : "reward, KL", points);
    }

    /// <summary>Writes the curves of <paramref name="points"/> to <paramref name="pngPath"/>; writes nothing when there are no points.</summary>
    /// <param name="pngPath">The PNG file to write.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="rightAxisLabel">The right axis's label, shown when a reward or KL curve is drawn.</param>
    /// <param name="points">The steps, in order.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void WritePng(string pngPath, string title, string rightAxisLabel, IReadOnlyList<TrainingCurvePoint> points, int width = 900, int height = 500)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pngPath);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(rightAxisLabel);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }
        var plot = new ScottPlot.Plot();
        plot.Title(title);
        plot.XLabel("step");
        plot.YLabel("loss");
        AddSeries(plot, points, "loss", p => p.Loss, right: false);
        var right = AddSeries(plot, points, "reward", p => p.Reward, right: true) | AddSeries(plot, points, "kl", p => p.Kl, right: true);
        if (right)
        {
            plot.Axes.Right.Label.Text = rightAxisLabel;
        }
        plot.ShowLegend();
        plot.SavePng(pngPath, width, height);
    }

    private static bool AddSeries(ScottPlot.Plot plot, IReadOnlyList<TrainingCurvePoint> points, string name, Func<TrainingCurvePoint, double?> value, bool right)
    {
        var drawn = points.Where(p => value(p) is not null).Select(p => (X: (double)p.Step, Y: value(p)!.Value)).ToArray();
        if (drawn.Length == 0)
        {
            return false;
        }
        var series = plot.Add.Scatter(drawn.Select(p => p.X).ToArray(), drawn.Select(p => p.Y).ToArray());
        series.LegendText = name;
        series.MarkerSize = drawn.Length > 50 ? 0 : 4;
        if (right)
        {
            series.Axes.YAxis = plot.Axes.Right;
        }
        return true;
    }

    private static double? Value(JsonObject row, string field) => row[field]?.GetValue<double>();
}
