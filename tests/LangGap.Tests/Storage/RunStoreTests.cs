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
}
