namespace LangGap.Evaluation.Scoring;

/// <summary>What a reference-metric score stores: segment statistics, reference count, signature and settings.</summary>
internal sealed record ReferenceMetricDetails(double[] Stats, int References, string Signature, object Settings);
