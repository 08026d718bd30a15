using LangGap.Storage;

namespace LangGap.Evaluation;

/// <summary>Thread-safe counters of one runner session, progress throttling and the failure-fraction stop.</summary>
internal sealed class RunSession
{
    private readonly string _runId;
    private readonly long _total;
    private readonly RunOptions _options;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly IProgress<RunProgress>? _progress;
    private readonly Lock _gate = new();
    private long _skipped, _generated, _failed, _scored;
    private TimeSpan? _lastReport;

    public RunSession(string runId, long total, RunOptions options, TimeProvider time, long started, IProgress<RunProgress>? progress)
    {
        _runId = runId;
        _total = total;
        _options = options;
        _time = time;
        _started = started;
        _progress = progress;
    }

    public string? StopReason { get; private set; }

    public void Skip()
    {
        Interlocked.Increment(ref _skipped);
        Report(force: false);
    }

    public void Scored() => Interlocked.Increment(ref _scored);

    /// <summary>Counts a finished generation; returns the stop reason when the failure fraction is now exceeded.</summary>
    public string? Complete(GenerationRecord generation)
    {
        var generated = Interlocked.Increment(ref _generated);
        var failed = generation.Status == GenerationStatus.Failed ? Interlocked.Increment(ref _failed) : Interlocked.Read(ref _failed);
        Report(force: false);
        if (generation.Status != GenerationStatus.Failed || generated < _options.MinimumBeforeStop || failed <= _options.MaxFailureFraction * generated)
        {
            return null;
        }
        lock (_gate)
        {
            StopReason ??= $"Stopped after {failed} of {generated} generations failed (more than {_options.MaxFailureFraction:P0}); last failure: {generation.FailureReason}";
            return StopReason;
        }
    }

    public RunSummary Finish()
    {
        Report(force: true);
        return new RunSummary(_runId, _total, Interlocked.Read(ref _skipped), Interlocked.Read(ref _generated), Interlocked.Read(ref _failed),
            Interlocked.Read(ref _scored), _time.GetElapsedTime(_started), StopReason);
    }

    private void Report(bool force)
    {
        if (_progress is null)
        {
            return;
        }
        var elapsed = _time.GetElapsedTime(_started);
        lock (_gate)
        {
            if (!force && _lastReport is { } last && elapsed - last < _options.ProgressInterval)
            {
                return;
            }
            _lastReport = elapsed;
        }
        _progress.Report(new RunProgress(_total, Interlocked.Read(ref _skipped), Interlocked.Read(ref _generated), Interlocked.Read(ref _failed), elapsed));
    }
}
