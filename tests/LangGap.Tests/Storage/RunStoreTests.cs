using LangGap.Storage;
using LangGap.Tests.Models;
using Microsoft.Data.Sqlite;

namespace LangGap.Tests.Storage;

public sealed class RunStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static GenerationRecord Generation(string key, GenerationStatus status = GenerationStatus.Ok, string? text = "answer") =>
        new(key, "run", "task", "s1", "de", 0, "m", 7, "[]", status == GenerationStatus.Ok ? text : null, 3, 4, 12.5, 1, status,
            status == GenerationStatus.Failed ? "Gave up after 3 attempts: 500" : null, "stop", Now);

    [Fact]
    public async Task Writer_RowsAddedAndReopened_AreReadBackExactly()
    {
        using var directory = new TestDirectory();
        var path = directory.File("run.db");
        await using (var store = await RunStore.OpenAsync(path, default))
        {
            await store.AddRunAsync(new RunMetadata("run", Now, "{\"a\":1}", "{}", 42), default);
            await using var writer = await store.CreateWriterAsync();
            await writer.AddAsync(Generation("k1"));
            await writer.AddAsync(new ScoreRecord("k1", "numeric-match", 1, null, "{\"extracted\":\"4\"}", Now));
            await writer.AddAsync(new ScoreRecord("k1", "judge", null, "judge call failed", null, Now));
        }

        await using var reopened = await RunStore.OpenAsync(path, default);
        Assert.Equal(Generation("k1"), Assert.Single(await reopened.ReadGenerationsAsync(default)));
        var scores = await reopened.ReadScoresAsync(default);
        Assert.Equal(2, scores.Count);
        Assert.Equal("judge call failed", scores.Single(s => s.Scorer == "judge").UnscoredReason);
        Assert.Equal(42, Assert.Single(await reopened.ReadRunsAsync(default)).Seed);
    }

    [Fact]
    public async Task Writer_SameKeyTwice_KeepsTheFirstRow()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        await using (var writer = await store.CreateWriterAsync())
        {
            await writer.AddAsync(Generation("k1", text: "first"));
            await writer.AddAsync(Generation("k1", text: "second"));
            await writer.AddAsync(new ScoreRecord("k1", "s", 1, null, null, Now));
            await writer.AddAsync(new ScoreRecord("k1", "s", 0, null, null, Now));
        }

        Assert.Equal("first", Assert.Single(await store.ReadGenerationsAsync(default)).Text);
        Assert.Equal(1, Assert.Single(await store.ReadScoresAsync(default)).Value);
    }

    [Fact]
    public async Task Writer_FailedThenOk_OkReplacesFailedButNeverTheReverse()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        await using (var writer = await store.CreateWriterAsync())
        {
            await writer.AddAsync(Generation("k1", GenerationStatus.Failed));
            await writer.AddAsync(Generation("k1", GenerationStatus.Ok, "recovered"));
            await writer.AddAsync(Generation("k1", GenerationStatus.Failed));
        }

        var row = Assert.Single(await store.ReadGenerationsAsync(default));
        Assert.Equal(GenerationStatus.Ok, row.Status);
        Assert.Equal("recovered", row.Text);
        Assert.Null(row.FailureReason);
    }

    [Fact]
    public async Task ReadGenerationKeys_ByStatus_FiltersRows()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        await using (var writer = await store.CreateWriterAsync())
        {
            await writer.AddAsync(Generation("ok"));
            await writer.AddAsync(Generation("bad", GenerationStatus.Failed));
        }

        Assert.Equal(["ok"], await store.ReadGenerationKeysAsync(GenerationStatus.Ok, default));
        Assert.Equal(["bad"], await store.ReadGenerationKeysAsync(GenerationStatus.Failed, default));
        Assert.Equal(2, (await store.ReadGenerationKeysAsync(null, default)).Count);
    }

    [Fact]
    public async Task Flush_ManyRowsFromManyThreads_AllCommittedOnce()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        await using var writer = await store.CreateWriterAsync(new RunStoreWriterOptions { MaxBatchSize = 64, Capacity = 128 });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++) await writer.AddAsync(Generation($"k{t}-{i}"));
        })));
        await writer.FlushAsync();

        Assert.Equal(2000, (await store.ReadGenerationKeysAsync(null, default)).Count);
    }

    [Fact]
    public async Task Open_NewStore_UsesWriteAheadLog()
    {
        using var directory = new TestDirectory();
        var path = directory.File("run.db");
        await using var store = await RunStore.OpenAsync(path, default);

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Open_NotADatabase_ThrowsInvalidInput()
    {
        using var directory = new TestDirectory();
        var path = directory.File("run.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        await Assert.ThrowsAsync<InvalidInputException>(() => RunStore.OpenAsync(path, default));
    }

    [Fact]
    public async Task Open_VersionOneStore_MigratedKeepingRowsAndOldScoresNeverMatchANewKey()
    {
        using var directory = new TestDirectory();
        var path = directory.File("run.db");
        await using (var v1 = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await v1.OpenAsync();
            await using var command = v1.CreateCommand();
            command.CommandText = """
                CREATE TABLE runs (run_id TEXT PRIMARY KEY, started_utc TEXT NOT NULL, config_json TEXT NOT NULL, versions_json TEXT NOT NULL, seed INTEGER NOT NULL) STRICT;
                CREATE TABLE generations (key TEXT PRIMARY KEY, run_id TEXT NOT NULL, task TEXT NOT NULL, sample_id TEXT NOT NULL, language TEXT NOT NULL,
                    sample_index INTEGER NOT NULL, model TEXT NOT NULL, seed INTEGER, prompt_json TEXT NOT NULL, text TEXT, input_tokens INTEGER,
                    output_tokens INTEGER, latency_ms REAL NOT NULL, attempts INTEGER NOT NULL, status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
                    failure_reason TEXT, finish_reason TEXT, created_utc TEXT NOT NULL) STRICT;
                CREATE TABLE scores (generation_key TEXT NOT NULL, scorer TEXT NOT NULL, value REAL, unscored_reason TEXT, details_json TEXT,
                    created_utc TEXT NOT NULL, PRIMARY KEY (generation_key, scorer)) STRICT;
                INSERT INTO generations VALUES ('k1', 'run', 'task', 's1', 'de', 0, 'm', 7, '[]', 'answer', 3, 4, 12.5, 1, 'ok', NULL, 'stop', '2026-01-02T03:04:05.0000000+00:00');
                INSERT INTO scores VALUES ('k1', 'chrf', 12.5, NULL, '{"stats":[1,2]}', '2026-01-02T03:04:05.0000000+00:00');
                PRAGMA user_version = 1;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await RunStore.OpenAsync(path, default);

        Assert.Equal(Generation("k1"), Assert.Single(await store.ReadGenerationsAsync(default)));
        Assert.Equal(("k1", "chrf"), Assert.Single(await store.ReadScoreKeysAsync(default)));
        Assert.Empty(await store.ReadScorersAsync(default));
        Assert.Empty(await store.ReadPairwiseVerdictsAsync(default));
        await using (var writer = await store.CreateWriterAsync())
        {
            await writer.AddAsync(new ScoreRecord("k1", "chrf@0123456789ab", 13, null, null, Now) { Statistics = [1, 2, 3], Signature = "nrefs:1" });
        }
        Assert.Equal(2, (await store.ReadScoresAsync(default)).Count);
    }

    [Fact]
    public async Task Scorers_AddedTwice_StoredOnceAndReadBack()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        var scorer = new ScorerRecord("chrf@0123456789ab", "chrf", "{\"kind\":\"graded\"}", "{\"word_order\":2}", "{\"type\":\"reference-metric\"}", null, Now);

        await store.AddScorersAsync([scorer, scorer with { DescriptorJson = "{}" }], default);
        await store.AddScorersAsync([scorer], default);

        Assert.Equal(scorer, Assert.Single(await store.ReadScorersAsync(default)));
    }

    [Fact]
    public async Task StreamScores_StatisticsExactAndMetadataGroupedFailedLeftOut()
    {
        using var directory = new TestDirectory();
        await using var store = await RunStore.OpenAsync(directory.File("run.db"), default);
        await using (var writer = await store.CreateWriterAsync())
        {
            await writer.AddAsync(Generation("k1") with { MetadataJson = """{"harm_category":"violence","x.y":"dotted"}""" });
            await writer.AddAsync(Generation("k2", GenerationStatus.Failed));
            await writer.AddAsync(new ScoreRecord("k1", "s@1", 0.5, null, null, Now) { Statistics = [0.1, 1e300, -3] });
            await writer.AddAsync(new ScoreRecord("k2", "s@1", 1, null, null, Now));
        }

        var rows = new List<ScoreRow>();
        await foreach (var row in store.StreamScoresAsync(["harm_category", "x.y", "missing"], default))
        {
            rows.Add(row);
        }

        var only = Assert.Single(rows);
        Assert.Equal(new[] { 0.1, 1e300, -3 }, only.Statistics!);
        Assert.Equal(new string?[] { "violence", "dotted", null }, only.Group);
        Assert.Equal(("task", "s@1", "m", "de", "s1", 0.5), (only.Task, only.Scorer, only.Model, only.Language, only.SampleId, only.Value));
    }
}
