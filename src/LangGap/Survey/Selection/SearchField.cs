namespace LangGap.Survey.Selection;

/// <summary>The part of a paper a selection condition looks at.</summary>
public enum SearchField
{
    /// <summary>The title only.</summary>
    Title,

    /// <summary>The abstract only.</summary>
    Abstract,

    /// <summary>Title or abstract.</summary>
    Any,
}
