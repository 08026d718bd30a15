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

    public static Task<IReadOnlyList<GenerationRecord>> ReadGenerationsAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        ReadGenerationsAsync(connection, """
            SELECT key, run_id, task, sample_id, language, sample_index, model, seed, prompt_json, text, input_tokens,
                   output_tokens, latency_ms, attempts, status, failure_reason, finish_reason, created_utc, metadata_json
            FROM generations ORDER BY key;
            """, null, cancellationToken);

    public static Task<IReadOnlyList<GenerationRecord>> ReadExamplesAsync(SqliteConnection connection, int perGroup, CancellationToken cancellationToken) =>
        ReadGenerationsAsync(connection, """
            SELECT key, run_id, task, sample_id, language, sample_index, model, seed, prompt_json, text, input_tokens,
                   output_tokens, latency_ms, attempts, status, failure_reason, finish_reason, created_utc, metadata_json
            FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY task, language, model ORDER BY sample_id, sample_index) AS n FROM generations)
            WHERE n <= $per_group ORDER BY task, language, model, sample_id, sample_index;
            """, perGroup, cancellationToken);

    public static async Task<GenerationSummary> ReadGenerationSummaryAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        async Task<List<string>> DistinctAsync(string column)
        {
            var values = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT DISTINCT {column} FROM generations ORDER BY {column};";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                values.Add(reader.GetString(0));
            }
            return values;
        }
        var models = await DistinctAsync("model").ConfigureAwait(false);
        var languages = await DistinctAsync("language").ConfigureAwait(false);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*), COALESCE(SUM(status = 'failed'), 0) FROM generations;";
        await using var r = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await r.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new GenerationSummary(models, languages, r.GetInt64(0), r.GetInt64(1));
    }

    public static async Task<IReadOnlyList<(string, string)>> ReadSignaturesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT scorer, signature FROM scores WHERE signature IS NOT NULL ORDER BY scorer, signature;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }
        return rows;
    }

    private static async Task<IReadOnlyList<GenerationRecord>> ReadGenerationsAsync(SqliteConnection connection, string sql, int? perGroup, CancellationToken cancellationToken)
    {
        var rows = new List<GenerationRecord>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (perGroup is { } n)
        {
            command.Parameters.AddWithValue("$per_group", n);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new GenerationRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), NullableInt64(reader, 7), reader.GetString(8), NullableString(reader, 9),
                NullableInt64(reader, 10), NullableInt64(reader, 11), reader.GetDouble(12), reader.GetInt32(13),
                reader.GetString(14) == "ok" ? GenerationStatus.Ok : GenerationStatus.Failed,
                NullableString(reader, 15), NullableString(reader, 16), ParseTime(reader.GetString(17)))
            {
                MetadataJson = NullableString(reader, 18),
            });
        }
        return rows;
    }

    public static async Task<IReadOnlyList<ScoreRecord>> ReadScoresAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<ScoreRecord>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT generation_key, scorer, value, unscored_reason, details_json, created_utc, stats, signature FROM scores ORDER BY generation_key, scorer;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new ScoreRecord(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDouble(2),
                NullableString(reader, 3), NullableString(reader, 4), ParseTime(reader.GetString(5)))
            {
                Statistics = Statistics(reader, 6),
                Signature = NullableString(reader, 7),
            });
        }
        return rows;
    }

    public static async Task<IReadOnlyList<ScorerRecord>> ReadScorersAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<ScorerRecord>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, name, descriptor_json, settings_json, corpus_json, judge, created_utc FROM scorers ORDER BY key;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new ScorerRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                NullableString(reader, 4), NullableString(reader, 5), ParseTime(reader.GetString(6))));
        }
        return rows;
    }

    public static async Task<IReadOnlyList<PairwiseVerdictRecord>> ReadPairwiseVerdictsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<PairwiseVerdictRecord>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT baseline_key, challenger_key, judge, order_mode, verdict, swapped, unscored_reason, rationale, created_utc
            FROM pairwise_verdicts ORDER BY challenger_key, baseline_key, judge, order_mode;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new PairwiseVerdictRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                ParseVerdict(NullableString(reader, 4)), reader.GetInt64(5) != 0, NullableString(reader, 6), reader.GetString(7), ParseTime(reader.GetString(8))));
        }
        return rows;
    }

    public static async Task<HashSet<(string, string, string, string)>> ReadPairwiseKeysAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var keys = new HashSet<(string, string, string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT challenger_key, baseline_key, judge, order_mode FROM pairwise_verdicts;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        return keys;
    }

    public static async IAsyncEnumerable<ScoreRow> StreamScoresAsync(
        SqliteConnection connection, IReadOnlyList<string> groupBy, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var fields = new System.Text.StringBuilder();
        for (var i = 0; i < groupBy.Count; i++)
        {
            // json_extract reads the field in SQLite; the path is a bound parameter, so a field name is never SQL.
            fields.Append(CultureInfo.InvariantCulture, $", json_extract(g.metadata_json, $f{i})");
            command.Parameters.AddWithValue($"$f{i}", "$." + JsonPathKey(groupBy[i]));
        }
        command.CommandText = $"""
            SELECT g.task, s.scorer, g.model, g.language, g.sample_id, g.sample_index, s.value, s.stats{fields}
            FROM generations g CROSS JOIN scores s ON s.generation_key = g.key
            WHERE g.status = 'ok';
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        // CROSS JOIN keeps generations as the outer loop: one primary-key range lookup into scores per generation,
        // instead of one generations lookup per score. Rows of one group repeat the same few strings; keeping one
        // instance of each saves memory downstream.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string text) => pool.TryGetValue(text, out var kept) ? kept : pool[text] = text;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var group = groupBy.Count == 0 ? [] : new string?[groupBy.Count];
            for (var i = 0; i < group.Length; i++)
            {
                group[i] = reader.IsDBNull(8 + i) ? null : Convert.ToString(reader.GetValue(8 + i), CultureInfo.InvariantCulture);
            }
            yield return new ScoreRow(Intern(reader.GetString(0)), Intern(reader.GetString(1)), Intern(reader.GetString(2)), Intern(reader.GetString(3)),
                reader.GetString(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetDouble(6), Statistics(reader, 7), group);
        }
    }

    public static async IAsyncEnumerable<PairwiseRow> StreamPairwiseAsync(
        SqliteConnection connection, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT g.task, p.judge, g.language, b.model, g.model, g.sample_id, g.sample_index, p.order_mode, p.verdict
            FROM pairwise_verdicts p JOIN generations g ON g.key = p.challenger_key JOIN generations b ON b.key = p.baseline_key;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new PairwiseRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), reader.GetString(7), ParseVerdict(NullableString(reader, 8)));
        }
    }

    /// <summary>Statistics are stored as little-endian IEEE doubles: compact, exact, and read without parsing text.</summary>
    public static byte[]? StatisticsBlob(IReadOnlyList<double>? statistics)
    {
        if (statistics is null)
        {
            return null;
        }
        var bytes = new byte[statistics.Count * sizeof(double)];
        for (var i = 0; i < statistics.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), statistics[i]);
        }
        return bytes;
    }

    public static string? VerdictText(LangGap.Statistics.Preference.Verdict? verdict) => verdict switch
    {
        LangGap.Statistics.Preference.Verdict.A => "A",
        LangGap.Statistics.Preference.Verdict.B => "B",
        LangGap.Statistics.Preference.Verdict.Tie => "TIE",
        _ => null,
    };

    private static LangGap.Statistics.Preference.Verdict? ParseVerdict(string? text) => text switch
    {
        "A" => LangGap.Statistics.Preference.Verdict.A,
        "B" => LangGap.Statistics.Preference.Verdict.B,
        "TIE" => LangGap.Statistics.Preference.Verdict.Tie,
        _ => null,
    };

    private static double[]? Statistics(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }
        var bytes = (byte[])reader.GetValue(ordinal);
        var values = new double[bytes.Length / sizeof(double)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)));
        }
        return values;
    }

    // A field name is quoted in the JSON path, so names with dots or spaces address one top-level field.
    private static string JsonPathKey(string field) => "\"" + field.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

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
