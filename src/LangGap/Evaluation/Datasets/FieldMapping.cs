namespace LangGap.Evaluation.Datasets;

/// <summary>Which fields (JSON keys, CSV header names, Parquet columns) of a row make up a <see cref="Sample"/>.</summary>
/// <remarks>
/// A missing id field gives ids of the form <c>file:line</c> (stable while the file is unchanged); a missing language
/// field falls back to the dataset's default language. A reference field may hold a list, giving several references.
/// Every field not mapped is kept as metadata unless <see cref="Metadata"/> lists the ones to keep.
/// </remarks>
public sealed record FieldMapping
{
    /// <summary>The default mapping: <c>id</c>, <c>language</c>, <c>prompt</c>, <c>reference</c>.</summary>
    public static FieldMapping Default { get; } = new();

    /// <summary>The field holding the sample id.</summary>
    public string Id { get; init; } = "id";

    /// <summary>The field holding the language code.</summary>
    public string Language { get; init; } = "language";

    /// <summary>The field holding the user prompt (required).</summary>
    public string Prompt { get; init; } = "prompt";

    /// <summary>The field holding a system message, if any.</summary>
    public string? System { get; init; }

    /// <summary>The fields holding references, in order.</summary>
    public IReadOnlyList<string> References { get; init; } = ["reference"];

    /// <summary>Multiple choice: the fields holding the options in order, or one field holding a list of them.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Multiple choice: the field holding the correct option — a 0-based index, a letter (A = first), or the option's text.</summary>
    public string? Gold { get; init; }

    /// <summary>The fields kept as metadata; <see langword="null"/> keeps every unmapped field.</summary>
    public IReadOnlyList<string>? Metadata { get; init; }
}
