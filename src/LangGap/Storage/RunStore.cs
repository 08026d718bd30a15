using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LangGap.Storage;

/// <summary>The run store: one SQLite file holding a run's metadata, every generation and every score, each written once under its key.</summary>
/// <remarks>
/// <para>The database runs in WAL mode with <c>synchronous=NORMAL</c>: a committed transaction survives the process
/// being killed at any moment. Rows are written through <see cref="RunStoreWriter"/> in batched transactions; a row
/// whose key exists is left untouched (a failed generation is the one exception: a later success replaces it), so
/// a resumed run neither duplicates nor loses anything — work that was in flight when the process died is simply
/// done again under the same key.</para>
/// <para>The store holds prompts, outputs, scores and configuration; it never receives credentials.</para>
/// </remarks>
public sealed class RunStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private RunStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and schema when needed.</summary>
    /// <exception cref="InvalidInputException">The file is not a LangGap run store or was written by a newer version.</exception>
    public static async Task<RunStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        SqliteConnection connection;
        try
        {
            connection = await OpenConnectionAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new InvalidInputException($"'{path}' is not a usable LangGap run store: {e.Message}", e);
        }
        try
        {
            var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > RunStoreSchema.Version)
            {
                throw new InvalidInputException($"Run store '{path}' has schema version {version}; this LangGap reads version {RunStoreSchema.Version} or older.");
            }
            await MigrateAsync(connection, version, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new InvalidInputException($"'{path}' is not a usable LangGap run store: {e.Message}", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new RunStore(path, connection);
    }

    /// <summary>Creates a writer that batches rows into transactions; dispose it to flush.</summary>
    public async Task<RunStoreWriter> CreateWriterAsync(RunStoreWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await OpenConnectionAsync(Path, cancellationToken).ConfigureAwait(false), options ?? new RunStoreWriterOptions());

    /// <summary>Records a run's metadata unless a run with the same id is already recorded.</summary>
    public async Task AddRunAsync(RunMetadata run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var command = _connection.CreateCommand();
        command.CommandText = RunStoreSchema.InsertRun;
        command.Parameters.AddWithValue("$run_id", run.RunId);
        command.Parameters.AddWithValue("$started_utc", run.StartedUtc.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$config_json", run.ConfigJson);
        command.Parameters.AddWithValue("$versions_json", run.VersionsJson);
        command.Parameters.AddWithValue("$seed", run.Seed);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records scorers (descriptor and settings) unless a scorer with the same identity key is already recorded.</summary>
    public async Task AddScorersAsync(IEnumerable<ScorerRecord> scorers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scorers);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var scorer in scorers)
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = RunStoreSchema.InsertScorer;
            command.Parameters.AddWithValue("$key", scorer.Key);
            command.Parameters.AddWithValue("$name", scorer.Name);
            command.Parameters.AddWithValue("$descriptor_json", scorer.DescriptorJson);
            command.Parameters.AddWithValue("$settings_json", scorer.SettingsJson);
            command.Parameters.AddWithValue("$corpus_json", (object?)scorer.CorpusJson ?? DBNull.Value);
            command.Parameters.AddWithValue("$judge", (object?)scorer.Judge ?? DBNull.Value);
            command.Parameters.AddWithValue("$created_utc", scorer.CreatedUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every recorded scorer, in key order.</summary>
    public Task<IReadOnlyList<ScorerRecord>> ReadScorersAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadScorersAsync(_connection, cancellationToken);

    /// <summary>Every stored pairwise verdict, in key order.</summary>
    public Task<IReadOnlyList<PairwiseVerdictRecord>> ReadPairwiseVerdictsAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadPairwiseVerdictsAsync(_connection, cancellationToken);

    /// <summary>Streams every score of a successful generation joined with its generation, in no particular order.</summary>
    /// <param name="groupBy">Sample metadata fields whose values each row carries in <see cref="ScoreRow.Group"/> (for example <c>harm_category</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <remarks>Rows are read one at a time from SQLite, so memory does not grow with the store; scores of failed generations are left out.</remarks>
    public IAsyncEnumerable<ScoreRow> StreamScoresAsync(IReadOnlyList<string>? groupBy, CancellationToken cancellationToken) =>
        RunStoreReader.StreamScoresAsync(_connection, groupBy ?? [], cancellationToken);

    /// <summary>Streams every pairwise verdict joined with the challenger's generation and the baseline's model.</summary>
    public IAsyncEnumerable<PairwiseRow> StreamPairwiseAsync(CancellationToken cancellationToken) =>
        RunStoreReader.StreamPairwiseAsync(_connection, cancellationToken);

    /// <summary>The models and languages the generations cover and how many there are (failed ones counted apart).</summary>
    public Task<GenerationSummary> ReadGenerationSummaryAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadGenerationSummaryAsync(_connection, cancellationToken);

    /// <summary>The first <paramref name="perGroup"/> generations (by sample id and index) of every task, language and model.</summary>
    public Task<IReadOnlyList<GenerationRecord>> ReadExamplesAsync(int perGroup, CancellationToken cancellationToken) =>
        RunStoreReader.ReadExamplesAsync(_connection, perGroup, cancellationToken);

    /// <summary>The distinct <c>(scorer identity key, signature)</c> pairs of stored scores.</summary>
    public Task<IReadOnlyList<(string Scorer, string Signature)>> ReadSignaturesAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadSignaturesAsync(_connection, cancellationToken);

    /// <summary>Every recorded run, oldest first.</summary>
    public Task<IReadOnlyList<RunMetadata>> ReadRunsAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadRunsAsync(_connection, cancellationToken);

    /// <summary>Every stored generation, in key order.</summary>
    public Task<IReadOnlyList<GenerationRecord>> ReadGenerationsAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadGenerationsAsync(_connection, cancellationToken);

    /// <summary>Every stored score, in key order.</summary>
    public Task<IReadOnlyList<ScoreRecord>> ReadScoresAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadScoresAsync(_connection, cancellationToken);

    /// <summary>The keys of stored generations with <paramref name="status"/>, or of all generations when it is <see langword="null"/>.</summary>
    public Task<HashSet<string>> ReadGenerationKeysAsync(GenerationStatus? status, CancellationToken cancellationToken) =>
        RunStoreReader.ReadKeysAsync(_connection, status, cancellationToken);

    /// <summary>The <c>(challenger key, baseline key, judge, order)</c> verdicts already stored.</summary>
    public Task<HashSet<(string ChallengerKey, string BaselineKey, string Judge, string Order)>> ReadPairwiseKeysAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadPairwiseKeysAsync(_connection, cancellationToken);

    /// <summary>The <c>(generation key, scorer identity key)</c> pairs already scored.</summary>
    public Task<HashSet<(string GenerationKey, string Scorer)>> ReadScoreKeysAsync(CancellationToken cancellationToken) =>
        RunStoreReader.ReadScoreKeysAsync(_connection, cancellationToken);

    /// <summary>Removes the unscored rows of <paramref name="keys"/> so they can be scored again (rows with a value are kept); returns how many were removed.</summary>
    public Task<int> DeleteUnscoredAsync(IReadOnlyCollection<(string GenerationKey, string Scorer)> keys, CancellationToken cancellationToken) =>
        RunStoreRetries.DeleteUnscoredAsync(_connection, keys, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    internal static async Task<SqliteConnection> OpenConnectionAsync(string path, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;", cancellationToken)
                .ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // A new file gets the current schema; an older store is migrated one version at a time in one transaction.
    private static async Task MigrateAsync(SqliteConnection connection, int version, CancellationToken cancellationToken)
    {
        if (version == RunStoreSchema.Version)
        {
            return;
        }
        var sql = new System.Text.StringBuilder("BEGIN IMMEDIATE;");
        if (version == 0)
        {
            sql.Append(RunStoreSchema.Create);
        }
        else
        {
            for (var v = version; v < RunStoreSchema.Version; v++)
            {
                sql.Append(RunStoreSchema.Migrations[v - 1]);
            }
        }
        sql.Append(CultureInfo.InvariantCulture, $"PRAGMA user_version = {RunStoreSchema.Version}; COMMIT;");
        try
        {
            await ExecuteAsync(connection, sql.ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            try
            {
                await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None).ConfigureAwait(false);
            }
            catch (SqliteException)
            {
                // No transaction was open (it failed to begin); the original error is the one to report.
            }
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
