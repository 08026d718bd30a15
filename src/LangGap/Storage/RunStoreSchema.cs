namespace LangGap.Storage;

/// <summary>The SQL of the run store: schema and the write-once statements.</summary>
internal static class RunStoreSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS runs (
            run_id        TEXT PRIMARY KEY,
            started_utc   TEXT NOT NULL,
            config_json   TEXT NOT NULL,
            versions_json TEXT NOT NULL,
            seed          INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE IF NOT EXISTS generations (
            key            TEXT PRIMARY KEY,
            run_id         TEXT NOT NULL,
            task           TEXT NOT NULL,
            sample_id      TEXT NOT NULL,
            language       TEXT NOT NULL,
            sample_index   INTEGER NOT NULL,
            model          TEXT NOT NULL,
            seed           INTEGER,
            prompt_json    TEXT NOT NULL,
            text           TEXT,
            input_tokens   INTEGER,
            output_tokens  INTEGER,
            latency_ms     REAL NOT NULL,
            attempts       INTEGER NOT NULL,
            status         TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
            failure_reason TEXT,
            finish_reason  TEXT,
            created_utc    TEXT NOT NULL
        ) STRICT;
        CREATE INDEX IF NOT EXISTS generations_by_task_model ON generations (task, model, language);
        CREATE TABLE IF NOT EXISTS scores (
            generation_key  TEXT NOT NULL,
            scorer          TEXT NOT NULL,
            value           REAL,
            unscored_reason TEXT,
            details_json    TEXT,
            created_utc     TEXT NOT NULL,
            PRIMARY KEY (generation_key, scorer)
        ) STRICT;
        """;

    public const string InsertRun = """
        INSERT INTO runs (run_id, started_utc, config_json, versions_json, seed)
        VALUES ($run_id, $started_utc, $config_json, $versions_json, $seed)
        ON CONFLICT (run_id) DO NOTHING;
        """;

    // A successful generation may replace a failed one under the same key (a retried sample); nothing else is
    // ever overwritten, so a row that exists stays exactly as first written.
    public const string InsertGeneration = """
        INSERT INTO generations (key, run_id, task, sample_id, language, sample_index, model, seed, prompt_json, text,
            input_tokens, output_tokens, latency_ms, attempts, status, failure_reason, finish_reason, created_utc)
        VALUES ($key, $run_id, $task, $sample_id, $language, $sample_index, $model, $seed, $prompt_json, $text,
            $input_tokens, $output_tokens, $latency_ms, $attempts, $status, $failure_reason, $finish_reason, $created_utc)
        ON CONFLICT (key) DO UPDATE SET
            run_id = excluded.run_id, text = excluded.text, input_tokens = excluded.input_tokens,
            output_tokens = excluded.output_tokens, latency_ms = excluded.latency_ms, attempts = excluded.attempts,
            status = excluded.status, failure_reason = excluded.failure_reason, finish_reason = excluded.finish_reason,
            created_utc = excluded.created_utc
        WHERE generations.status = 'failed' AND excluded.status = 'ok';
        """;

    public const string InsertScore = """
        INSERT INTO scores (generation_key, scorer, value, unscored_reason, details_json, created_utc)
        VALUES ($generation_key, $scorer, $value, $unscored_reason, $details_json, $created_utc)
        ON CONFLICT (generation_key, scorer) DO NOTHING;
        """;
}
