using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LangGap.Storage;

/// <summary>The read queries of the run store.</summary>
internal static class RunStoreReader
{
    public static async Task<IReadOnlyList<RunMetadata>> ReadRunsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var runs = new List<RunMetadata>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id, started_utc, config_json, versions_json, seed FROM runs ORDER BY started_utc, run_id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs.Add(new RunMetadata(reader.GetString(0), ParseTime(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        }
        return runs;
    }

    public static async Task<IReadOnlyList<GenerationRecord>> ReadGenerationsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<GenerationRecord>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT key, run_id, task, sample_id, language, sample_index, model, seed, prompt_json, text, input_tokens,
                   output_tokens, latency_ms, attempts, status, failure_reason, finish_reason, created_utc
            FROM generations ORDER BY key;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new GenerationRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), NullableInt64(reader, 7), reader.GetString(8), NullableString(reader, 9),
                NullableInt64(reader, 10), NullableInt64(reader, 11), reader.GetDouble(12), reader.GetInt32(13),
                reader.GetString(14) == "ok" ? GenerationStatus.Ok : GenerationStatus.Failed,
                NullableString(reader, 15), NullableString(reader, 16), ParseTime(reader.GetString(17))));
        }
        return rows;
    }

    public static async Task<IReadOnlyList<ScoreRecord>> ReadScoresAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<ScoreRecord>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT generation_key, scorer, value, unscored_reason, details_json, created_utc FROM scores ORDER BY generation_key, scorer;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new ScoreRecord(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDouble(2),
                NullableString(reader, 3), NullableString(reader, 4), ParseTime(reader.GetString(5))));
        }
        return rows;
    }

    public static async Task<HashSet<string>> ReadKeysAsync(SqliteConnection connection, GenerationStatus? status, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = status is null
            ? "SELECT key FROM generations;"
            : "SELECT key FROM generations WHERE status = $status;";
        if (status is { } s)
        {
            command.Parameters.AddWithValue("$status", s == GenerationStatus.Ok ? "ok" : "failed");
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    public static async Task<HashSet<(string, string)>> ReadScoreKeysAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var keys = new HashSet<(string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT generation_key, scorer FROM scores;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add((reader.GetString(0), reader.GetString(1)));
        }
        return keys;
    }

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long? NullableInt64(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
