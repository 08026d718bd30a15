using System.Globalization;
using LangGap.Evaluation;

namespace LangGap.Cli.Commands.Eval;

/// <summary>Shows runner progress on stderr: a redrawn bar with rate and ETA on a terminal, an occasional plain line otherwise.</summary>
internal sealed class EvalProgressPrinter : IProgress<RunProgress>
{
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly Lock _gate = new();
    private long _lastDecile = -1;
    private bool _drawn;

    public EvalProgressPrinter(TextWriter error, bool terminal)
    {
        _error = error;
        _terminal = terminal;
    }

    public void Report(RunProgress value)
    {
        lock (_gate)
        {
            var fraction = value.Total == 0 ? 1 : (double)value.Done / value.Total;
            var eta = value.Eta is { } e ? e.ToString(e.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "--:--";
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{value.Done}/{value.Total} generations ({value.Skipped} from store, {value.Failed} failed), {value.Rate:F1}/s, ETA {eta}");
            if (_terminal)
            {
                var filled = (int)Math.Round(fraction * 30);
                _error.Write($"\r[{new string('#', filled)}{new string('-', 30 - filled)}] {text}\u001b[K");
                _drawn = true;
                return;
            }
            var decile = (long)Math.Floor(fraction * 10);
            if (decile != _lastDecile)
            {
                _lastDecile = decile;
                _error.WriteLine(text);
            }
        }
    }

    /// <summary>Ends the redrawn line so later output starts on a fresh one.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                _error.WriteLine();
                _drawn = false;
            }
        }
    }
}
