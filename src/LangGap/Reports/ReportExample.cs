namespace LangGap.Reports;

/// <summary>One stored generation shown in a report (prompt and output are untrusted text).</summary>
/// <param name="Task">The task name.</param>
/// <param name="Language">The language tag.</param>
/// <param name="SampleId">The sample id.</param>
/// <param name="Model">The model id.</param>
/// <param name="Prompt">The last user message sent.</param>
/// <param name="Output">The model's output, or the failure reason.</param>
public sealed record ReportExample(string Task, string Language, string SampleId, string Model, string Prompt, string Output);
