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
            await ExecuteAsync(connection, RunStoreSchema.Create + $"PRAGMA user_version = {RunStoreSchema.Version};", cancellationToken).ConfigureAwait(false);
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

    /// <summary>The <c>(generation key, scorer)</c> pairs already scored.</summary>
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
