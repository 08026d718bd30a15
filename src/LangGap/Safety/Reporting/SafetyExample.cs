namespace LangGap.Safety.Reporting;

/// <summary>One red-team prompt and response shown in the report (first flagged responses per language); text is data, always escaped.</summary>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language.</param>
/// <param name="SampleId">The prompt id.</param>
/// <param name="Prompt">The prompt text.</param>
/// <param name="Response">The response text.</param>
/// <param name="Flags">The scorer verdicts, e.g. <c>refusal=1 profanity=0</c>.</param>
public sealed record SafetyExample(string Model, string Language, string SampleId, string Prompt, string Response, string Flags);
