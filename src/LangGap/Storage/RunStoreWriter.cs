using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace LangGap.Storage;

/// <summary>Writes generations and scores to a <see cref="RunStore"/> in batched transactions from one background loop.</summary>
/// <remarks>
/// Callers on many threads add rows; one loop drains whatever has arrived (up to
/// <see cref="RunStoreWriterOptions.MaxBatchSize"/>) and commits it in one transaction, so throughput grows with
/// load while an idle writer commits each row at once. A row is durable once <see cref="FlushAsync"/> returns or
/// the writer is disposed. If the database fails, the next call rethrows the failure.
/// </remarks>
public sealed class RunStoreWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Channel<object> _queue;
    private readonly int _maxBatch;
    private readonly Task _loop;

    internal RunStoreWriter(SqliteConnection connection, RunStoreWriterOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Capacity, 1);
        _connection = connection;
        _maxBatch = options.MaxBatchSize;
        _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(options.Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a generation for writing.</summary>
    public ValueTask AddAsync(GenerationRecord generation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return EnqueueAsync(generation, cancellationToken);
    }

    /// <summary>Queues a score for writing.</summary>
    public ValueTask AddAsync(ScoreRecord score, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(score);
        return EnqueueAsync(score, cancellationToken);
    }

    /// <summary>Queues a pairwise verdict for writing.</summary>
    public ValueTask AddAsync(PairwiseVerdictRecord verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return EnqueueAsync(verdict, cancellationToken);
    }

    /// <summary>Returns once every row queued before the call is committed.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await EnqueueAsync(done, cancellationToken).ConfigureAwait(false);
        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits every queued row and closes the connection; rethrows a database failure.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask EnqueueAsync(object item, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException) when (_loop.IsFaulted)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    private async Task RunAsync()
    {
        using var generation = Prepare(RunStoreSchema.InsertGeneration, "$key", "$run_id", "$task", "$sample_id", "$language", "$sample_index",
            "$model", "$seed", "$prompt_json", "$text", "$input_tokens", "$output_tokens", "$latency_ms", "$attempts", "$status",
            "$failure_reason", "$finish_reason", "$created_utc", "$metadata_json");
        using var score = Prepare(RunStoreSchema.InsertScore, "$generation_key", "$scorer", "$value", "$unscored_reason", "$details_json", "$created_utc",
            "$stats", "$signature");
        using var pairwise = Prepare(RunStoreSchema.InsertPairwiseVerdict, "$challenger_key", "$baseline_key", "$judge", "$order_mode", "$verdict", "$swapped",
            "$unscored_reason", "$rationale", "$created_utc");
        var batch = new List<object>(_maxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }
                Commit(batch, generation, score, pairwise);
                batch.Clear();
            }
        }
        catch (Exception e)
        {
            _queue.Writer.TryComplete(e);
            foreach (var waiter in batch.OfType<TaskCompletionSource>())
            {
                waiter.TrySetException(e);
            }
            while (_queue.Reader.TryRead(out var left))
            {
                (left as TaskCompletionSource)?.TrySetException(e);
            }
            throw;
        }
    }

    private void Commit(List<object> batch, SqliteCommand generation, SqliteCommand score, SqliteCommand pairwise)
    {
        using (var transaction = _connection.BeginTransaction())
        {
            generation.Transaction = transaction;
            score.Transaction = transaction;
            pairwise.Transaction = transaction;
            foreach (var item in batch)
            {
                switch (item)
                {
                    case GenerationRecord g:
                        Bind(generation, g.Key, g.RunId, g.Task, g.SampleId, g.Language, g.SampleIndex, g.Model, g.Seed, g.PromptJson, g.Text,
                            g.InputTokens, g.OutputTokens, g.LatencyMilliseconds, g.Attempts, g.Status == GenerationStatus.Ok ? "ok" : "failed",
                            g.FailureReason, g.FinishReason, Time(g.CreatedUtc), g.MetadataJson);
                        generation.ExecuteNonQuery();
                        break;
                    case ScoreRecord s:
                        Bind(score, s.GenerationKey, s.Scorer, s.Value, s.UnscoredReason, s.DetailsJson, Time(s.CreatedUtc),
                            RunStoreReader.StatisticsBlob(s.Statistics), s.Signature);
                        score.ExecuteNonQuery();
                        break;
                    case PairwiseVerdictRecord p:
                        Bind(pairwise, p.ChallengerKey, p.BaselineKey, p.Judge, p.Order, RunStoreReader.VerdictText(p.Verdict), p.Swapped ? 1 : 0,
                            p.UnscoredReason, p.Rationale, Time(p.CreatedUtc));
                        pairwise.ExecuteNonQuery();
                        break;
                }
            }
            transaction.Commit();
        }
        foreach (var waiter in batch.OfType<TaskCompletionSource>())
        {
            waiter.TrySetResult();
        }
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
