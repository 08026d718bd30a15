namespace LangGap.Storage;

/// <summary>What a run store records about a run: everything needed to reproduce it, and no secret.</summary>
/// <param name="RunId">A stable id for the run; a resumed run keeps its id.</param>
/// <param name="StartedUtc">When the run was first started.</param>
/// <param name="ConfigJson">The run configuration as JSON (tasks, models, options) — never API keys.</param>
/// <param name="VersionsJson">Versions of LangGap, the runtime and anything else that shapes results, as JSON.</param>
/// <param name="Seed">The run seed every other seed derives from.</param>
public sealed record RunMetadata(string RunId, DateTimeOffset StartedUtc, string ConfigJson, string VersionsJson, long Seed);
