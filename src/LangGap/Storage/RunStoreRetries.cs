using Microsoft.Data.Sqlite;

namespace LangGap.Storage;

/// <summary>The one exception to write-once scores: a score left unscored because its scorer failed (a judge call that
/// errored) is removed so a run started with retries can score that generation again.</summary>
internal static class RunStoreRetries
{
    public static async Task<int> DeleteUnscoredAsync(SqliteConnection connection, IReadOnlyCollection<(string GenerationKey, string Scorer)> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Only rows without a value: a score that was given is never removed.
        command.CommandText = "DELETE FROM scores WHERE generation_key = $key AND scorer = $scorer AND value IS NULL;";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var scorer = command.Parameters.Add("$scorer", SqliteType.Text);
        var deleted = 0;
        foreach (var (generationKey, scorerName) in keys)
        {
            key.Value = generationKey;
            scorer.Value = scorerName;
            deleted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
