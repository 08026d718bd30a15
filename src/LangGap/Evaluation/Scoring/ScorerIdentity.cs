using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LangGap.Evaluation.Scoring;

/// <summary>Who made a score: the scorer's name and a hash of every setting that changes its values.</summary>
/// <remarks>
/// <para>The identity <see cref="Key"/> (<c>name@hash</c>, for example <c>chrf@5f3c0e2a91d4</c>) is what score rows,
/// resume and the report use, so chrF with word order 2 is never taken for <c>chrf</c> with word order 0: in a store,
/// scores under another key are never reused (they stay, unused), and an unchanged rerun finds every score already
/// stored. The key is part of a run's configuration, so resuming a run folder whose scorer settings changed is refused
/// (<see cref="Workspace.RunWorkspace"/>). This is the one place the key is made.</para>
/// <para>The hash is the first 12 hex digits of SHA-256 over the name, a unit separator and the settings JSON
/// (snake_case, in the settings record's declaration order).</para>
/// </remarks>
/// <param name="Name">The scorer's name.</param>
/// <param name="SettingsJson">Its settings as JSON (<c>{}</c> when it has none).</param>
public sealed record ScorerIdentity(string Name, string SettingsJson)
{
    /// <summary>The first 12 hex digits of SHA-256 of name and settings.</summary>
    public string SettingsHash { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Name + "\u001f" + SettingsJson)))[..12];

    /// <summary>The key stored with every score: <c>name@hash</c>.</summary>
    public string Key => Name + "@" + SettingsHash;

    /// <summary>The scorer name in an identity <paramref name="key"/> (the part before <c>@</c>); the key itself when it has none.</summary>
    public static string NameOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = key.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? key : key[..at];
    }

    /// <summary>The identity of <paramref name="scorer"/>.</summary>
    public static ScorerIdentity Of(IScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return Of(scorer.Name, scorer.Settings);
    }

    /// <summary>The identity of a scorer named <paramref name="name"/> with <paramref name="settings"/> (any record, or <see langword="null"/>).</summary>
    public static ScorerIdentity Of(string name, object? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var json = settings is null ? "{}" : JsonSerializer.Serialize(settings, settings.GetType(), ReportJson.Options);
        return new ScorerIdentity(name, json);
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}
