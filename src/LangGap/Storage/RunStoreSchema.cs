namespace LangGap.Storage;

/// <summary>The SQL of the run store: schema, migrations from older versions, and the write-once statements.</summary>
/// <remarks>
/// <para>The schema lives here and nowhere else. <see cref="Create"/> builds a new store at <see cref="Version"/>;
/// <see cref="Migrations"/>[v] brings a store from version v + 1 to v + 2 (index 0: version 1 → 2). To change the
/// schema, raise <see cref="Version"/>, add the new tables or columns to <see cref="Create"/>, and append the migration.</para>
/// <para>Version 2 (LangGap 0.2): score rows name their scorer by identity key (name and settings hash) and carry the
/// segment statistics and signature in their own columns; a <c>scorers</c> table holds every scorer's descriptor and
/// settings; pairwise verdicts have their own table; generations keep the sample's metadata. Scores written by
/// version 1 stay in the store but have no scorer row, so they are never reused and never reported.</para>
/// </remarks>
internal static class RunStoreSchema
{
    public const int Version = 2;

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
            created_utc    TEXT NOT NULL,
            metadata_json  TEXT
        ) STRICT;
        CREATE INDEX IF NOT EXISTS generations_by_task_model ON generations (task, model, language);
        CREATE TABLE IF NOT EXISTS scores (
            generation_key  TEXT NOT NULL,
            scorer          TEXT NOT NULL,
            value           REAL,
            unscored_reason TEXT,
            details_json    TEXT,
            created_utc     TEXT NOT NULL,
            stats           BLOB,
            signature       TEXT,
            PRIMARY KEY (generation_key, scorer)
        ) STRICT;
        """ + ScorersAndPairwise;

    private const string ScorersAndPairwise = """
        CREATE TABLE IF NOT EXISTS scorers (
            key             TEXT PRIMARY KEY,
            name            TEXT NOT NULL,
            descriptor_json TEXT NOT NULL,
            settings_json   TEXT NOT NULL,
            corpus_json     TEXT,
            judge           TEXT,
            created_utc     TEXT NOT NULL
        ) STRICT;
        CREATE TABLE IF NOT EXISTS pairwise_verdicts (
            challenger_key  TEXT NOT NULL,
            baseline_key    TEXT NOT NULL,
            judge           TEXT NOT NULL,
            order_mode      TEXT NOT NULL CHECK (order_mode IN ('random', 'ab', 'ba')),
            verdict         TEXT CHECK (verdict IN ('A', 'B', 'TIE')),
            swapped         INTEGER NOT NULL,
            unscored_reason TEXT,
            rationale       TEXT NOT NULL,
            created_utc     TEXT NOT NULL,
            PRIMARY KEY (challenger_key, baseline_key, judge, order_mode)
        ) STRICT;
        """;

    /// <summary>Migrations[v] brings a store from version v + 1 to v + 2.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        ALTER TABLE generations ADD COLUMN metadata_json TEXT;
        ALTER TABLE scores ADD COLUMN stats BLOB;
        ALTER TABLE scores ADD COLUMN signature TEXT;
        """ + ScorersAndPairwise,
    ];

    public const string InsertRun = """
        INSERT INTO runs (run_id, started_utc, config_json, versions_json, seed)
        VALUES ($run_id, $started_utc, $config_json, $versions_json, $seed)
        ON CONFLICT (run_id) DO NOTHING;
        """;

    // A successful generation may replace a failed one under the same key (a retried sample); nothing else is
    // ever overwritten, so a row that exists stays exactly as first written.
    public const string InsertGeneration = """
        INSERT INTO generations (key, run_id, task, sample_id, language, sample_index, model, seed, prompt_json, text,
            input_tokens, output_tokens, latency_ms, attempts, status, failure_reason, finish_reason, created_utc, metadata_json)
        VALUES ($key, $run_id, $task, $sample_id, $language, $sample_index, $model, $seed, $prompt_json, $text,
            $input_tokens, $output_tokens, $latency_ms, $attempts, $status, $failure_reason, $finish_reason, $created_utc, $metadata_json)
        ON CONFLICT (key) DO UPDATE SET
            run_id = excluded.run_id, text = excluded.text, input_tokens = excluded.input_tokens,
            output_tokens = excluded.output_tokens, latency_ms = excluded.latency_ms, attempts = excluded.attempts,
            status = excluded.status, failure_reason = excluded.failure_reason, finish_reason = excluded.finish_reason,
            created_utc = excluded.created_utc
        WHERE generations.status = 'failed' AND excluded.status = 'ok';
        """;

    public const string InsertScore = """
        INSERT INTO scores (generation_key, scorer, value, unscored_reason, details_json, created_utc, stats, signature)
        VALUES ($generation_key, $scorer, $value, $unscored_reason, $details_json, $created_utc, $stats, $signature)
        ON CONFLICT (generation_key, scorer) DO NOTHING;
        """;

    public const string InsertScorer = """
        INSERT INTO scorers (key, name, descriptor_json, settings_json, corpus_json, judge, created_utc)
        VALUES ($key, $name, $descriptor_json, $settings_json, $corpus_json, $judge, $created_utc)
        ON CONFLICT (key) DO NOTHING;
        """;

    public const string InsertPairwiseVerdict = """
        INSERT INTO pairwise_verdicts (challenger_key, baseline_key, judge, order_mode, verdict, swapped, unscored_reason, rationale, created_utc)
        VALUES ($challenger_key, $baseline_key, $judge, $order_mode, $verdict, $swapped, $unscored_reason, $rationale, $created_utc)
        ON CONFLICT (challenger_key, baseline_key, judge, order_mode) DO NOTHING;
        """;
}
