using System.Text.Json.Nodes;

namespace LangGap.Torch.Training;

/// <summary>Draws a run's loss (left axis) and reward and KL (right axis) against the step as a PNG with ScottPlot.</summary>
public static class TrainingCurves
{
    /// <summary>Reads <paramref name="metricsPath"/> (a <see cref="MetricsLog"/>) and writes <paramref name="pngPath"/>.</summary>
    public static void Write(string metricsPath, string pngPath, AlignmentMethod method, int width = 900, int height = 500)
    {
        var rows = MetricsLog.Read(metricsPath);
        if (rows.Count == 0)
        {
            return;
        }
        var plot = new ScottPlot.Plot();
        plot.Title($"langgap train {method.ToString().ToLowerInvariant()}");
        plot.XLabel("step");
        plot.YLabel("loss");
        AddSeries(plot, rows, "loss", right: false);
        var right = AddSeries(plot, rows, "reward", right: true) | AddSeries(plot, rows, "kl", right: true);
        if (right)
        {
            plot.Axes.Right.Label.Text = method is AlignmentMethod.Dpo or AlignmentMethod.Reward ? "reward margin" : "reward, KL";
        }
        plot.ShowLegend();
        plot.SavePng(pngPath, width, height);
    }

    private static bool AddSeries(ScottPlot.Plot plot, IReadOnlyList<JsonObject> rows, string field, bool right)
    {
        var points = rows.Where(r => r[field] is not null)
            .Select(r => (X: (double)r["step"]!.GetValue<int>(), Y: r[field]!.GetValue<double>())).ToArray();
        if (points.Length == 0)
        {
            return false;
        }
        var series = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        series.LegendText = field;
        series.MarkerSize = points.Length > 50 ? 0 : 4;
        if (right)
        {
            series.Axes.YAxis = plot.Axes.Right;
        }
        return true;
    }
}
